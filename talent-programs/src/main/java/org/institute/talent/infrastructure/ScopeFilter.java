package org.institute.talent.infrastructure;

import jakarta.persistence.TypedQuery;
import org.institute.core.Scope;

/**
 * A partner scope as a JPQL condition: nothing for all partners, the given condition over the
 * parameter {@code :partners} for some, and a condition nothing meets for none.
 */
final class ScopeFilter {
  static final String PARTNERS = "partners";

  private ScopeFilter() {}

  /**
   * @param some the condition for a limited scope, naming the partner ids as {@code :partners}
   */
  static String and(Scope scope, String some) {
    return scope.fold("", partners -> " and (" + some + ")", " and 1 = 0");
  }

  static <T> TypedQuery<T> bind(TypedQuery<T> query, Scope scope) {
    if (!scope.isAll() && !scope.isNone()) {
      query.setParameter(PARTNERS, scope.partnerIds());
    }
    return query;
  }
}
