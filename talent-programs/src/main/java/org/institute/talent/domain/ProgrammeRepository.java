package org.institute.talent.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.Scope;
import org.institute.talent.ProgrammeKind;

public interface ProgrammeRepository {
  Optional<Programme> find(long id);

  Optional<Programme> findByCode(String code);

  void add(Programme programme);

  /**
   * Programmes of a kind (or all), owned by a partner in {@code owners}, in a whitelisted order.
   */
  List<Programme> list(ProgrammeKind kind, Scope owners, String sort, int offset, int limit);

  long count(ProgrammeKind kind, Scope owners);

  /** The owners of several programmes in one query: programme id to partner ids. */
  Map<Long, Set<Long>> owners(Collection<Long> programmeIds);
}
