package org.institute.talent;

import java.util.Optional;
import org.institute.core.PageRequest;
import org.institute.core.Slice;

/** Participant records; coordinators and admins only (they hold personal data). */
public interface Participants {

  /**
   * Participants in whose name (either script), e-mail or matriculation number each word of {@code
   * text} is found, in any order and case, sorted by name; every participant when blank.
   */
  Page<ParticipantView> search(String text, int offset, int limit);

  /**
   * The same search read by keyset (decision 0095): by name, then id; the rows after the page's
   * cursor, counted only when the request asks for the exact total.
   */
  Slice<ParticipantView> search(String text, PageRequest page);

  Optional<ParticipantView> find(long id);

  /** Registers a person; refuses a second record for the same e-mail or matriculation number. */
  ParticipantView register(NewParticipant participant);
}
