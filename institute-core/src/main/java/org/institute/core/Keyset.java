package org.institute.core;

import java.util.Map;

/**
 * The condition of a keyset page (decision 0095): the rows strictly after a cursor's (key, id) in a
 * list's order, written as "key beyond, or the same key and the id beyond", which an index on the
 * sort column (whose entries carry the id) reads from the cursor on. The one home of that condition
 * for every module's keyset lists; it binds the parameters {@code afterKey} and {@code afterId}.
 */
public final class Keyset {

  private Keyset() {}

  /**
   * @param column the JPQL of the sort column
   * @param id the JPQL of the row's id
   * @param key the cursor's key as the column's type; ignored when the column is the id itself
   * @return the clause to append after a where clause, starting with " and"
   */
  public static String after(
      String column,
      String id,
      ListSort order,
      PageCursor cursor,
      Object key,
      Map<String, Object> params) {
    String beyond = order.descending() ? " < " : " > ";
    params.put("afterId", cursor.id());
    if (column.equals(id)) {
      return " and " + id + beyond + ":afterId";
    }
    params.put("afterKey", key);
    return " and ("
        + column
        + beyond
        + ":afterKey or ("
        + column
        + " = :afterKey and "
        + id
        + beyond
        + ":afterId))";
  }
}
