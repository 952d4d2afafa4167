package org.institute.partners.domain;

import java.util.List;
import java.util.Optional;
import org.institute.partners.Council;

public interface CouncilRepository {
  void add(CouncilMember member);

  List<CouncilMember> members();

  void add(CouncilMeeting meeting);

  Optional<CouncilMeeting> meeting(long id);

  /** Meetings newest first, decisions loaded with them. */
  List<CouncilMeeting> meetings(int firstResult, int maxResults);

  long countMeetings();

  /** How many decisions carry a reference of this year, for the next number. */
  long countDecisionsOf(int year);

  Optional<Council.Decision> decision(String reference);

  void flush();
}
