package org.institute.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Patent families, their co-owners (shares summing to exactly 100 %, changing over time) and their
 * applications per jurisdiction. Partner staff see the families their partner owns, co-owns or
 * licenses; admins, council and auditors see all; only admins and staff of a co-owner change them.
 */
public interface Patents {

  FamilyView register(NewPatentFamily family);

  /** Replaces the co-owners from {@code effectiveFrom} on. */
  FamilyView changeOwnership(long familyId, LocalDate effectiveFrom, List<Share> owners);

  ApplicationView file(long familyId, NewApplication application);

  Optional<FamilyView> find(long id);

  /** Families in the caller's scope; {@code partnerId} narrows to one co-owner. */
  FamilyPage list(Long partnerId, String sort, int offset, int limit);

  /**
   * The families the caller may license, for a deal's form: every family for admins, their
   * partner's for partner staff; refused for others.
   */
  FamilyPage licensable(String sort, int offset, int limit);

  /** Filing deadlines in the caller's scope falling between the dates, earliest first. */
  List<Deadline> deadlines(LocalDate from, LocalDate to);

  /** How many applications are recorded, in the caller's scope. */
  long applicationCount();
}
