package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;

public record ApplicationView(
    long id,
    long familyId,
    Jurisdiction jurisdiction,
    String applicationNumber,
    LocalDate filingDate,
    ApplicationStatus status,
    String grantNumber,
    String publicationNumber)
    implements Serializable {}
