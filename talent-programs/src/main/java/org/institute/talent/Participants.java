package org.institute.talent;

import java.util.Optional;

/** Participant records; coordinators and admins only (they hold personal data). */
public interface Participants {

  /**
   * Participants whose name, Chinese name, e-mail or matriculation number contains {@code text}.
   */
  Page<ParticipantView> search(String text, int offset, int limit);

  Optional<ParticipantView> find(long id);

  /** Registers a person; refuses a second record for the same e-mail or matriculation number. */
  ParticipantView register(NewParticipant participant);
}
