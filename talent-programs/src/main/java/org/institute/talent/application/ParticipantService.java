package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.PageRequest;
import org.institute.core.Slice;
import org.institute.core.Violation;
import org.institute.talent.NewParticipant;
import org.institute.talent.Page;
import org.institute.talent.ParticipantView;
import org.institute.talent.Participants;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;

@ApplicationScoped
@Transactional
class ParticipantService implements Participants {

  @Inject private ParticipantRepository participants;
  @Inject private TalentPolicy policy;
  @Inject private AuditTrail audit;
  @Inject private Clock clock;

  @Override
  public Page<ParticipantView> search(String text, int offset, int limit) {
    requireSearch(text);
    return new Page<>(
        participants.search(text, offset, limit).stream().map(Participant::view).toList(),
        participants.count(text));
  }

  @Override
  public Slice<ParticipantView> search(String text, PageRequest page) {
    requireSearch(text);
    return participants.slice(text, page).map(Participant::view);
  }

  /** A search is for coordinators and admins, of at most 200 characters. */
  private void requireSearch(String text) {
    policy.requirePeopleReader();
    if (text != null && text.length() > 200) {
      throw InvalidCommandException.of("q", "field.tooLong");
    }
  }

  @Override
  public Optional<ParticipantView> find(long id) {
    policy.requirePeopleReader();
    return participants.find(id).map(Participant::view);
  }

  @Override
  public ParticipantView register(NewParticipant p) {
    policy.requireWriter("registering a participant");
    return registerNew(p).view();
  }

  /**
   * Registers a person, refusing a second record for the same e-mail or matriculation number, and
   * audits it, in the caller's transaction: the caller has checked the policy.
   */
  Participant registerNew(NewParticipant p) {
    Participant participant = Participant.register(p, clock.instant());
    List<Violation> duplicates = new ArrayList<>();
    if (participants.findByEmail(participant.email()).isPresent()) {
      duplicates.add(new Violation("email", "participant.email.taken"));
    }
    if (participant.matriculationNumber() != null
        && participants.findByMatriculation(participant.matriculationNumber()).isPresent()) {
      duplicates.add(new Violation("matriculationNumber", "participant.matriculation.taken"));
    }
    if (!duplicates.isEmpty()) {
      throw new InvalidCommandException(duplicates);
    }
    participants.add(participant);
    audit.record(
        "PARTICIPANT_REGISTERED",
        "Participant",
        String.valueOf(participant.id()),
        "participant " + participant.id() + (participant.isNtuStudent() ? " (NTU student)" : ""));
    return participant;
  }
}
