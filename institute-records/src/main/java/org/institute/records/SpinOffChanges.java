package org.institute.records;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.PartnerId;

/**
 * Changes to a spin-off; a null field stays as it is. {@code version} must be the one the caller
 * read, else the change is refused as a conflict.
 */
public record SpinOffChanges(
    Long version,
    String nameEn,
    String nameZh,
    List<String> founders,
    PartnerId originPartner,
    Set<Long> patentFamilies,
    LocalDate foundedOn,
    SpinOffStatus status)
    implements Serializable {}
