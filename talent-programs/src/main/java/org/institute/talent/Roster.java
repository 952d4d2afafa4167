package org.institute.talent;

import java.io.Serializable;
import java.util.List;

/**
 * A cohort's people: those holding seats (enrolled, completed, failed), the waitlist in order, and
 * those who withdrew; {@code courseOver} once the last session has ended (a completion before then
 * needs a reason).
 */
public record Roster(
    CohortView cohort,
    boolean courseOver,
    List<RosterEntry> seated,
    List<RosterEntry> waitlist,
    List<RosterEntry> withdrawn)
    implements Serializable {}
