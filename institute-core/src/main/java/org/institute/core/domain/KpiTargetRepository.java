package org.institute.core.domain;

import java.util.List;
import java.util.Optional;

public interface KpiTargetRepository {
  void add(KpiTarget target);

  /** Ordered by period end, then code. */
  List<KpiTarget> all();

  Optional<KpiTarget> find(String code);

  void flush();
}
