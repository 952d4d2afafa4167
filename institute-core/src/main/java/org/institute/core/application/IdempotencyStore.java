package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Optional;
import org.institute.core.IdempotencyRecords.Claim;
import org.institute.core.IdempotencyRecords.Outcome;
import org.institute.core.IdempotencyRecords.StoredResponse;
import org.institute.core.domain.IdempotencyRecord;
import org.institute.core.domain.IdempotencyRepository;

/** The transactions of {@link IdempotencyService}, each new and short. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
class IdempotencyStore {

  @Inject private IdempotencyRepository records;

  /** What an earlier use of the key left, or empty when the key is free (or its record expired). */
  Optional<Claim> inspect(String username, String key, String hash, Instant now) {
    Optional<IdempotencyRecord> found = records.find(username, key);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    IdempotencyRecord record = found.get();
    if (record.expiredAt(now)) {
      records.remove(record);
      return Optional.empty();
    }
    if (!record.sameRequest(hash)) {
      return Optional.of(Claim.of(Outcome.MISMATCH));
    }
    return Optional.of(
        record.completed() ? Claim.replay(record.response()) : Claim.of(Outcome.IN_PROGRESS));
  }

  void insert(IdempotencyRecord record) {
    records.add(record);
  }

  void complete(String username, String key, StoredResponse response, Instant now) {
    records.find(username, key).ifPresent(r -> r.complete(response, now));
  }

  void release(String username, String key) {
    records.find(username, key).filter(r -> !r.completed()).ifPresent(records::remove);
  }
}
