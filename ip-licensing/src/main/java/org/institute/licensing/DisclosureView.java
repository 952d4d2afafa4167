package org.institute.licensing;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A disclosure with its review: who decided, why, and the patent family an acceptance created. */
public record DisclosureView(
    long id,
    long version,
    DisclosureState state,
    String title,
    String abstractText,
    String researchProject,
    LocalDate firstPublicDisclosure,
    List<Inventor> inventors,
    String submittedBy,
    Instant submittedAt,
    String reviewedBy,
    String reviewComment,
    Long familyId)
    implements Serializable {}
