package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.institute.core.IdempotencyRecords.Claim;
import org.institute.core.IdempotencyRecords.Outcome;
import org.institute.core.IdempotencyRecords.StoredResponse;
import org.institute.core.domain.IdempotencyRecord;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

class IdempotencyServiceTest {

  private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");
  private static final StoredResponse CREATED =
      new StoredResponse(201, "application/json", "/api/v1/payments/5", new byte[] {'{', '}'});

  private final Fakes.Idempotency records = new Fakes.Idempotency();

  private IdempotencyService service(Instant now) {
    IdempotencyStore store = Wiring.inject(new IdempotencyStore(), "records", records);
    IdempotencyService s = new IdempotencyService();
    Wiring.inject(s, "store", store);
    Wiring.inject(s, "clock", Fakes.clockAt(now));
    return s;
  }

  @Test
  void theFirstRequestClaimsTheKeyAndARepeatWaitsUntilItCompletes() {
    IdempotencyService s = service(T0);
    assertThat(s.claim("admin", "k1", "hash").outcome()).isEqualTo(Outcome.CLAIMED);
    assertThat(s.claim("admin", "k1", "hash").outcome()).isEqualTo(Outcome.IN_PROGRESS);

    s.complete("admin", "k1", CREATED);

    Claim replay = s.claim("admin", "k1", "hash");
    assertThat(replay.outcome()).isEqualTo(Outcome.REPLAY);
    assertThat(replay.response().orElseThrow().location()).isEqualTo("/api/v1/payments/5");
    assertThat(replay.response().orElseThrow().status()).isEqualTo(201);
  }

  @Test
  void theSameKeyWithAnotherBodyIsAMismatch() {
    IdempotencyService s = service(T0);
    s.claim("admin", "k1", "hash");
    assertThat(s.claim("admin", "k1", "other").outcome()).isEqualTo(Outcome.MISMATCH);
  }

  @Test
  void keysBelongToTheirUser() {
    IdempotencyService s = service(T0);
    s.claim("admin", "k1", "hash");
    assertThat(s.claim("ip.office", "k1", "hash").outcome()).isEqualTo(Outcome.CLAIMED);
  }

  @Test
  void anExpiredKeyIsForgottenAndClaimedAfresh() {
    service(T0).claim("admin", "k1", "hash");
    service(T0).complete("admin", "k1", CREATED);

    Claim later = service(T0.plus(Duration.ofHours(25))).claim("admin", "k1", "other");

    assertThat(later.outcome()).isEqualTo(Outcome.CLAIMED);
  }

  @Test
  void aReleasedClaimCanBeMadeAgainButACompletedOneStays() {
    IdempotencyService s = service(T0);
    s.claim("admin", "k1", "hash");
    s.release("admin", "k1");
    assertThat(s.claim("admin", "k1", "hash").outcome()).isEqualTo(Outcome.CLAIMED);

    s.complete("admin", "k1", CREATED);
    s.release("admin", "k1");
    assertThat(s.claim("admin", "k1", "hash").outcome()).isEqualTo(Outcome.REPLAY);
    s.release("admin", "unknown");
    s.complete("admin", "unknown", CREATED);
    assertThat(records.records).hasSize(1);
  }

  @Test
  void aClaimRacedByAParallelRequestSeesWhatThatRequestLeft() {
    // the insert fails once as if another request had inserted first; that request's record is
    // then found on the second look
    Fakes.Idempotency raced =
        new Fakes.Idempotency() {
          @Override
          public void add(IdempotencyRecord record) {
            put("admin", "k1", new IdempotencyRecord("admin", "k1", "hash", T0));
            throw new IllegalStateException("duplicate key");
          }
        };
    IdempotencyService racing = new IdempotencyService();
    Wiring.inject(racing, "store", Wiring.inject(new IdempotencyStore(), "records", raced));
    Wiring.inject(racing, "clock", Fakes.clockAt(T0));

    assertThat(racing.claim("admin", "k1", "hash").outcome()).isEqualTo(Outcome.IN_PROGRESS);
  }

  @Test
  void afterThreeLostRacesTheClaimIsReportedInProgress() {
    int[] inserts = {0};
    Fakes.Idempotency alwaysRaced =
        new Fakes.Idempotency() {
          @Override
          public void add(IdempotencyRecord record) {
            inserts[0]++;
            throw new IllegalStateException("duplicate key");
          }
        };
    IdempotencyService s = new IdempotencyService();
    Wiring.inject(s, "store", Wiring.inject(new IdempotencyStore(), "records", alwaysRaced));
    Wiring.inject(s, "clock", Fakes.clockAt(T0));

    assertThat(s.claim("admin", "k1", "hash").outcome()).isEqualTo(Outcome.IN_PROGRESS);
    assertThat(inserts[0]).isEqualTo(3);
  }
}
