package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * An application of an imported record as the import understood it; {@code added} when the import
 * adds it (or, in a dry run, would), false when it is recorded already. Jurisdiction and status are
 * null when the file's value is not one the register knows (the record is refused then).
 */
public record ImportedApplication(
    String office,
    Jurisdiction jurisdiction,
    String applicationNumber,
    LocalDate filingDate,
    String publicationNumber,
    String grantNumber,
    ApplicationStatus status,
    boolean added)
    implements Serializable {}
