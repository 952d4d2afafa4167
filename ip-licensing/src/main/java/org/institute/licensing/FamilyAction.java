package org.institute.licensing;

/** What can be done to a patent family; its view names those its reader may take. */
public enum FamilyAction {
  /** File an application: admins and staff of a current co-owner. */
  FILE_APPLICATION,
  /** Replace the co-owners from a date on: admins. */
  CHANGE_OWNERSHIP,
  /** Record a cost of the family (issue 19): admins and staff of a current co-owner. */
  RECORD_COST,
  /** Name the inventors and whether costs are recovered first (issue 19): admins. */
  CHANGE_SHARING
}
