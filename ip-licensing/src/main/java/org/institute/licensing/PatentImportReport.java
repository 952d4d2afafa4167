package org.institute.licensing;

import java.io.Serializable;
import java.util.List;

/**
 * What a patent import did (or, in a dry run, would do): the import's reference (IMP- and the start
 * of the file's SHA-256, kept on every family and application it created and named by the audit
 * trail), the file, the stored copy of the file ({@code documentId}, when a commit changed
 * something), the counts per outcome and one line per record in file order.
 */
public record PatentImportReport(
    String importRef,
    String fileName,
    PatentFileFormat format,
    boolean dryRun,
    int created,
    int merged,
    int unchanged,
    int refused,
    Long documentId,
    List<PatentImportLine> lines)
    implements Serializable {

  public PatentImportReport {
    lines = List.copyOf(lines);
  }
}
