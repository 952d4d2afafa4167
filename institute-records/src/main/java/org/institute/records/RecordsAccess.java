package org.institute.records;

import java.util.Set;

/** What the caller may do with the institute's records: the menu and pages ask this. */
public interface RecordsAccess {

  Set<RecordsAction> allowedActions();

  default boolean may(RecordsAction action) {
    return allowedActions().contains(action);
  }
}
