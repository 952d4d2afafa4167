package org.institute.talent.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.talent.ProgrammeKind;

public interface ProgrammeRepository {
  Optional<Programme> find(long id);

  Optional<Programme> findByCode(String code);

  void add(Programme programme);

  /** Programmes of a kind (or all), owned by {@code owner} if given, in a whitelisted order. */
  List<Programme> list(ProgrammeKind kind, Long owner, String sort, int offset, int limit);

  long count(ProgrammeKind kind, Long owner);

  /** The owners of several programmes in one query: programme id to partner ids. */
  Map<Long, Set<Long>> owners(Collection<Long> programmeIds);
}
