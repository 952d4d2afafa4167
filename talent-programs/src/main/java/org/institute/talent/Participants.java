package org.institute.talent;

import java.util.Optional;

/** Participant records; coordinators and admins only (they hold personal data). */
public interface Participants {

  /**
   * Participants in whose name (either script), e-mail or matriculation number each word of {@code
   * text} is found, in any order and case, sorted by name; every participant when blank.
   */
  Page<ParticipantView> search(String text, int offset, int limit);

  Optional<ParticipantView> find(long id);

  /** Registers a person; refuses a second record for the same e-mail or matriculation number. */
  ParticipantView register(NewParticipant participant);
}
