package org.institute.records.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.records.SpinOffQuery;

public interface SpinOffRepository {

  void add(SpinOff spinOff);

  Optional<SpinOff> find(long id);

  /** A page of spin-offs with founders and patents loaded in a constant number of statements. */
  List<SpinOff> page(SpinOffQuery query, Scope visibleTo, int first, int max);

  long count(SpinOffQuery query, Scope visibleTo);

  /** English names by id, for allocations. */
  Map<Long, String> names(Collection<Long> ids);

  void flush();
}
