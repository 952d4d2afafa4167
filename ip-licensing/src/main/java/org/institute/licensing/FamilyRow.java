package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/** One line of the patent family list, with its current owners and applications. */
public record FamilyRow(
    long id,
    String reference,
    String title,
    String technologyField,
    LocalDate priorityDate,
    List<OwnershipView> owners,
    List<ApplicationView> applications,
    List<Deadline> deadlines)
    implements Serializable {}
