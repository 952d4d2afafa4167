package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.IdempotencyRecords;
import org.institute.core.domain.IdempotencyRecord;

/**
 * Claims keys apart from the business transaction: a claim commits before the request acts, so a
 * parallel repeat sees it (docs/decisions/0012-idempotency-keys.md).
 */
@ApplicationScoped
class IdempotencyService implements IdempotencyRecords {

  private static final Logger LOG = Logger.getLogger(IdempotencyService.class.getName());

  @Inject private IdempotencyStore store;
  @Inject private Clock clock;

  @Override
  public Claim claim(String username, String key, String requestHash) {
    for (int attempt = 0; attempt < 3; attempt++) {
      Optional<Claim> existing = store.inspect(username, key, requestHash, clock.instant());
      if (existing.isPresent()) {
        return existing.get();
      }
      try {
        store.insert(new IdempotencyRecord(username, key, requestHash, clock.instant()));
        return Claim.claimed();
      } catch (RuntimeException raced) {
        // a parallel request inserted the same key first: look again at what it left
        LOG.log(Level.FINE, "idempotency key claimed in parallel", raced);
      }
    }
    return Claim.of(Outcome.IN_PROGRESS);
  }

  @Override
  public void complete(String username, String key, StoredResponse response) {
    store.complete(username, key, response, clock.instant());
  }

  @Override
  public void release(String username, String key) {
    store.release(username, key);
  }
}
