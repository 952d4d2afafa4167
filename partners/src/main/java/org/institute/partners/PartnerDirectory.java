package org.institute.partners;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.institute.core.PartnerId;

/**
 * The partners module's API for other modules: look partners up, list them by role, resolve a
 * historical name, and check that the current caller may act for a partner.
 */
public interface PartnerDirectory {

  Optional<PartnerSummary> find(PartnerId id);

  Optional<PartnerSummary> findByCode(String code);

  /** All partners, ordered by code. */
  List<PartnerSummary> all();

  /**
   * The labels of every partner, ordered by code: what a view needs to name partners or to match a
   * search text against their names, without their roles or history.
   */
  default List<PartnerLabel> labels() {
    return all().stream().map(PartnerLabel::of).toList();
  }

  /**
   * The labels of the given partners, in one read whatever their number: what a page of records
   * needs to name the partners on it. Unknown ids are left out.
   */
  default List<PartnerLabel> labels(Collection<PartnerId> ids) {
    return labels().stream().filter(l -> ids.contains(l.id())).toList();
  }

  /** Active partners holding a role (e.g. every internship host), ordered by code. */
  List<PartnerSummary> withRole(PartnerRole role);

  /** The legal name valid on a date (partners get renamed; old records show the old name). */
  Optional<PartnerName> nameOn(PartnerId id, LocalDate date);

  /** Whether the current caller may act for the partner: an admin, or staff of that partner. */
  boolean mayActFor(PartnerId id);

  /**
   * Refuses with {@link org.institute.core.AccessRefusedException} unless the caller {@link
   * #mayActFor may act for} the partner; refuses with {@link
   * org.institute.core.InvalidCommandException} on field {@code field} when no such partner exists.
   */
  PartnerSummary requireMayActFor(PartnerId id, String field);

  /** Registers a partner; admins only. Audited. */
  PartnerSummary register(NewPartner partner);
}
