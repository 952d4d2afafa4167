package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;

/** A patent application of a family in one jurisdiction. */
public record NewApplication(
    Jurisdiction jurisdiction,
    String applicationNumber,
    LocalDate filingDate,
    ApplicationStatus status,
    String grantNumber)
    implements Serializable {}
