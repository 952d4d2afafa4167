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

  /**
   * Names the family's inventors and whether its income repays its costs first (admins; issue 19):
   * what the distribution waterfall of its licences' payments uses from then on.
   */
  FamilyView changeSharing(long familyId, FamilySharing sharing);

  ApplicationView file(long familyId, NewApplication application);

  Optional<FamilyView> find(long id);

  /** Families in the caller's scope; {@code partnerId} narrows to one co-owner. */
  default FamilyPage list(Long partnerId, String sort, int offset, int limit) {
    return search(partnerId, null, sort, offset, limit);
  }

  /**
   * As {@link #list}, searched: {@code text} in a family's reference or title, or an application's
   * or grant's number (any case). {@code sort} is reference, title or priorityDate, then ",asc" or
   * ",desc" ('-' in front also means descending); reference by default, then the id.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code sort} or {@code q}
   */
  FamilyPage search(Long partnerId, String text, String sort, int offset, int limit);

  /**
   * As {@link #search}, by keyset (decision 0095): the families after the request's cursor, the
   * next cursor, and the exact count only when asked for.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code sort}, {@code q} or {@code
   *     cursor}
   */
  org.institute.core.Slice<FamilyRow> slice(
      Long partnerId, String text, String sort, org.institute.core.PageRequest page);

  /** The fields {@link #search} sorts by. */
  java.util.List<String> SORTS = java.util.List.of("reference", "title", "priorityDate");

  /** The order of the families when none is asked for. */
  org.institute.core.ListSort DEFAULT_SORT = org.institute.core.ListSort.ascending("reference");

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
