package org.institute.records.domain;

import java.util.List;
import java.util.Optional;

public interface KpiTargetRepository {
  void add(KpiTarget target);

  /** Ordered by period end, latest first, then in the order they were set. */
  List<KpiTarget> all();

  Optional<KpiTarget> find(String code);

  void flush();
}
