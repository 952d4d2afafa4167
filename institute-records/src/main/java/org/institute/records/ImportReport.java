package org.institute.records;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did (or, in a dry run, would do): the import's reference (IMP- and the start of
 * the file's SHA-256, named by the audit trail and kept on each publication it created), the file,
 * the counts per outcome and one line per entry in file order.
 */
public record ImportReport(
    String importRef,
    String fileName,
    BibliographyFormat format,
    boolean dryRun,
    int created,
    int unchanged,
    int refused,
    List<ImportLine> lines)
    implements Serializable {

  public ImportReport {
    lines = List.copyOf(lines);
  }
}
