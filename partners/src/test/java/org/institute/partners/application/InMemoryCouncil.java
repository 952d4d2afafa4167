package org.institute.partners.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.testing.Wiring;
import org.institute.partners.Council;
import org.institute.partners.domain.CouncilMeeting;
import org.institute.partners.domain.CouncilMember;
import org.institute.partners.domain.CouncilRepository;

/** The council's records in lists, numbered from 1. */
final class InMemoryCouncil implements CouncilRepository {
  final List<CouncilMember> members = new ArrayList<>();
  final Map<Long, CouncilMeeting> meetings = new LinkedHashMap<>();

  @Override
  public void add(CouncilMember member) {
    Wiring.assignId(member, members.size() + 1L);
    members.add(member);
  }

  @Override
  public List<CouncilMember> members() {
    return List.copyOf(members);
  }

  @Override
  public void add(CouncilMeeting meeting) {
    long id = meetings.size() + 1L;
    Wiring.assignId(meeting, id);
    meetings.put(id, meeting);
  }

  @Override
  public Optional<CouncilMeeting> meeting(long id) {
    return Optional.ofNullable(meetings.get(id));
  }

  @Override
  public List<CouncilMeeting> meetings(int firstResult, int maxResults) {
    return meetings.values().stream()
        .sorted(Comparator.comparing(CouncilMeeting::heldOn).reversed())
        .skip(firstResult)
        .limit(maxResults)
        .toList();
  }

  @Override
  public long countMeetings() {
    return meetings.size();
  }

  @Override
  public long countDecisionsOf(int year) {
    return decisions().stream().filter(d -> d.reference().startsWith("GC-" + year + "-")).count();
  }

  @Override
  public Optional<Council.Decision> decision(String reference) {
    return decisions().stream().filter(d -> d.reference().equals(reference)).findFirst();
  }

  @Override
  public void flush() {}

  private List<Council.Decision> decisions() {
    return meetings.values().stream().flatMap(m -> m.view(Set.of()).decisions().stream()).toList();
  }
}
