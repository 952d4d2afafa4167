package org.institute.partners;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * An admin's edit of a partner. A null field stays as it is. A new name is a rename valid from
 * {@code renamedOn} (today when null; never in the future): the old name stays on records dated
 * before it. {@code version} is the version the admin read; a stale one is refused with a conflict.
 */
public record PartnerChanges(
    Long version,
    String nameEn,
    String nameZh,
    LocalDate renamedOn,
    PartnerKind kind,
    String country,
    String city,
    Set<PartnerRole> roles,
    List<ContactPoint> contacts,
    Boolean active)
    implements Serializable {}
