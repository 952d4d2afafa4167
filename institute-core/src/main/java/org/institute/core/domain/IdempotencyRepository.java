package org.institute.core.domain;

import java.util.Optional;

public interface IdempotencyRepository {
  Optional<IdempotencyRecord> find(String username, String key);

  /** Inserts and flushes, so that a duplicate key fails here and not at commit. */
  void add(IdempotencyRecord record);

  void remove(IdempotencyRecord record);
}
