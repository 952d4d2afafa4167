package org.institute.licensing;

/**
 * Bringing an institute's patent families in from patent-office XML (WIPO ST.36, ST.96) and the CSV
 * template. Those who may register patent families may import them. Each record is planned by its
 * priority claim: a new family, new applications merged into the recorded family, nothing (all
 * recorded), or refused with its reasons. A commit applies the plan in one transaction, keeps the
 * file in the documents store and audits each family and the import.
 */
public interface PatentImports {

  /**
   * @throws org.institute.core.InvalidCommandException naming {@code file}, {@code fileName},
   *     {@code format} or {@code owner}
   * @throws org.institute.core.AccessRefusedException for callers who may not register families
   */
  PatentImportReport importPatents(PatentImport command);
}
