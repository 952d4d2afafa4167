package org.institute.partners;

/**
 * What the caller may record in the Governing Council's records ({@link
 * Council.MeetingPage#allowedActions()}, {@link Council.Meeting#allowedActions()}).
 */
public enum CouncilAction {
  APPOINT_MEMBER,
  RECORD_MEETING,
  /** Add the next numbered decision to a meeting. */
  RECORD_DECISION,
  /** Attach (or replace) a meeting's minutes. */
  ATTACH_MINUTES
}
