package org.institute.talent.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.PageRequest;
import org.institute.core.Slice;

public interface ParticipantRepository {
  Optional<Participant> find(long id);

  Optional<Participant> findByEmail(String normalEmail);

  Optional<Participant> findByMatriculation(String normalNumber);

  /** Participants by normalised e-mail, in one query. */
  Map<String, Participant> byEmails(Collection<String> normalEmails);

  /** Participants by normalised matriculation number, in one query. */
  Map<String, Participant> byMatriculations(Collection<String> normalNumbers);

  void add(Participant participant);

  List<Participant> search(String text, int offset, int limit);

  long count(String text);

  /**
   * The search by name, then id, from the page's cursor on (keyset, decision 0095); counted only
   * when the page asks for the exact total.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code cursor} for a cursor of
   *     another list
   */
  Slice<Participant> slice(String text, PageRequest page);
}
