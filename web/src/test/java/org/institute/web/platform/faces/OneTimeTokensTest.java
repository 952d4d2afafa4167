package org.institute.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class OneTimeTokensTest {

  @Test
  void anIssuedTokenIsAcceptedOnce() {
    OneTimeTokens tokens = new OneTimeTokens(10);
    String token = tokens.issue();

    assertThat(tokens.consume(token)).isTrue();
    assertThat(tokens.consume(token)).isFalse();
    assertThat(tokens.pending()).isZero();
  }

  @Test
  void aTokenNeverIssuedIsRefused() {
    OneTimeTokens tokens = new OneTimeTokens(10);
    tokens.issue();

    assertThat(tokens.consume("made-up")).isFalse();
    assertThat(tokens.pending()).isEqualTo(1);
  }

  @Test
  void aMissingBlankOrOverlongTokenIsRefused() {
    OneTimeTokens tokens = new OneTimeTokens(10);

    assertThat(tokens.consume(null)).isFalse();
    assertThat(tokens.consume(" ")).isFalse();
    assertThat(tokens.consume("x".repeat(OneTimeTokens.MAX_LENGTH + 1))).isFalse();
  }

  @Test
  void eachRenderedFormGetsItsOwnToken() {
    OneTimeTokens tokens = new OneTimeTokens(100);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 100; i++) {
      seen.add(tokens.issue());
    }

    assertThat(seen).hasSize(100);
    assertThat(seen).allSatisfy(t -> assertThat(t).hasSize(24).matches("[A-Za-z0-9_-]+"));
  }

  @Test
  void usingOneFormLeavesTheOthersValid() {
    OneTimeTokens tokens = new OneTimeTokens(10);
    String first = tokens.issue();
    String second = tokens.issue();

    assertThat(tokens.consume(first)).isTrue();
    assertThat(tokens.consume(second)).isTrue();
  }

  @Test
  void theOldestTokenIsForgottenWhenTheStoreIsFull() {
    OneTimeTokens tokens = new OneTimeTokens(2);
    String oldest = tokens.issue();
    String middle = tokens.issue();
    String newest = tokens.issue();

    assertThat(tokens.pending()).isEqualTo(2);
    assertThat(tokens.consume(oldest)).isFalse();
    assertThat(tokens.consume(middle)).isTrue();
    assertThat(tokens.consume(newest)).isTrue();
  }

  @Test
  void aStoreHoldsAtLeastOneToken() {
    assertThatThrownBy(() -> new OneTimeTokens(0)).isInstanceOf(IllegalArgumentException.class);
    OneTimeTokens one = new OneTimeTokens(1);
    assertThat(one.consume(one.issue())).isTrue();
  }

  @Test
  void ofManySimultaneousSubmissionsOfOneFormExactlyOneWins() throws Exception {
    OneTimeTokens tokens = new OneTimeTokens(10);
    String token = tokens.issue();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      Callable<Boolean> submit = () -> tokens.consume(token);
      int wins = 0;
      for (Future<Boolean> f : pool.invokeAll(java.util.Collections.nCopies(32, submit))) {
        wins += f.get() ? 1 : 0;
      }
      assertThat(wins).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
