package org.institute.partners;

import java.util.List;
import java.util.Optional;

/**
 * The Governing Council: its members, meetings, minutes and numbered decisions. Council members,
 * admins and auditors read; admins record. Every record is audited.
 */
public interface GoverningCouncil {

  /** Members, current ones first; with {@code currentOnly}, only those sitting today. */
  List<Council.Member> members(boolean currentOnly);

  Council.Member appoint(Council.NewMember member);

  /** Meetings, newest first, with their decisions. */
  Council.MeetingPage meetings(int firstResult, int maxResults);

  Optional<Council.Meeting> meeting(long id);

  Council.Meeting recordMeeting(Council.NewMeeting meeting);

  /** Adds the next numbered decision to a meeting; refuses a stale version with a conflict. */
  Council.Meeting recordDecision(long meetingId, Council.NewDecision decision);

  Council.Meeting attachMinutes(long meetingId, Long version, String fileName, byte[] content);

  Optional<Council.Attachment> minutes(long meetingId);

  /** A decision by its reference, e.g. for a research project approved by the council. */
  Optional<Council.Decision> decision(String reference);
}
