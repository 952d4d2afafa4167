package org.institute.core.domain;

import java.util.List;
import java.util.Optional;

public interface OutboxRepository {
  void add(OutboxMessage message);

  List<OutboxMessage> latest(int firstResult, int maxResults);

  long count();

  /** Ids of messages waiting for delivery, oldest first. */
  List<Long> pendingIds(int max);

  /** The message, locked so two dispatchers never send it twice. */
  Optional<OutboxMessage> lockPending(long id);
}
