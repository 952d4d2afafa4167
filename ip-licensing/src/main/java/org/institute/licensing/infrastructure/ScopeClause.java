package org.institute.licensing.infrastructure;

import java.util.Map;
import org.institute.core.Scope;

/**
 * The condition a query adds for the caller's {@link Scope}: nothing for all partners, a condition
 * on the partner ids (bound as the list parameter {@code :scope}) for some, and none for none.
 */
final class ScopeClause {

  private ScopeClause() {}

  /**
   * @param condition the JPQL condition that keeps a row of the partners in {@code :scope}
   * @return the clause to append after a where clause, starting with " and"
   */
  static String of(Scope scope, String condition, Map<String, Object> params) {
    if (scope.isAll()) {
      return "";
    }
    if (scope.isNone()) {
      return " and 1 = 0";
    }
    params.put("scope", scope.partnerIds());
    return " and " + condition;
  }
}
