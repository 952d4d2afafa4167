package org.institute.licensing;

/**
 * The shapes a patent file may come in: WIPO ST.36 XML, the bibliographic core of WIPO ST.96 XML,
 * and the institute's CSV template (README, "Importing records").
 */
public enum PatentFileFormat {
  ST36,
  ST96,
  CSV
}
