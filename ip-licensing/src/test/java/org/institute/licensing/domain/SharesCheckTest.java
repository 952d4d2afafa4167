package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.institute.core.Violation;
import org.institute.licensing.Share;
import org.junit.jupiter.api.Test;

class SharesCheckTest {

  private static Share share(long partner, String percent) {
    return new Share(partner, percent == null ? null : new BigDecimal(percent));
  }

  private static List<Violation> check(Share... shares) {
    return SharesCheck.violations(Arrays.asList(shares));
  }

  @Test
  void sharesSummingToExactlyAHundredWithFourDecimalsPass() {
    assertThat(check(share(1, "33.3333"), share(2, "33.3333"), share(3, "33.3334"))).isEmpty();
    assertThat(check(share(1, "100"))).isEmpty();
    assertThat(check(share(1, "99.9900"), share(2, "0.01"))).isEmpty();
  }

  @Test
  void noOwnerIsRequiredAndMoreThanTwentyTooMany() {
    assertThat(SharesCheck.violations(null))
        .containsExactly(new Violation("owners", "licensing.shares.required"));
    assertThat(SharesCheck.violations(List.of()))
        .containsExactly(new Violation("owners", "licensing.shares.required"));
    List<Share> twenty = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      twenty.add(share(i, "5"));
    }
    assertThat(SharesCheck.violations(twenty)).isEmpty();
    twenty.add(share(21, "0.0001"));
    assertThat(SharesCheck.violations(twenty))
        .containsExactly(new Violation("owners", "licensing.shares.tooMany"));
  }

  @Test
  void aSumOtherThanAHundredIsRefusedAsAWhole() {
    assertThat(check(share(1, "60"), share(2, "39.9999")))
        .containsExactly(new Violation("owners", "licensing.shares.sum"));
    assertThat(check(share(1, "60"), share(2, "40.0001")))
        .containsExactly(new Violation("owners", "licensing.shares.sum"));
  }

  @Test
  void eachBadShareIsNamedByItsPlace() {
    assertThat(check(share(1, "100"), share(2, null)))
        .containsExactly(new Violation("owners[1].percent", "field.required"));
    assertThat(check(share(1, "100"), null))
        .containsExactly(new Violation("owners[1].percent", "field.required"));
    assertThat(check(share(0, "100")))
        .containsExactly(new Violation("owners[0].partnerId", "partner.unknown"));
    assertThat(check(share(-3, "100")))
        .containsExactly(new Violation("owners[0].partnerId", "partner.unknown"));
    assertThat(check(share(4, "50"), share(4, "50")))
        .containsExactly(new Violation("owners[1].partnerId", "licensing.shares.duplicate"));
  }

  @Test
  void aShareIsAboveZeroAtMostAHundredAndOfAtMostFourDecimals() {
    assertThat(check(share(1, "0"), share(2, "100")))
        .containsExactly(new Violation("owners[0].percent", "licensing.shares.invalid"));
    assertThat(check(share(1, "-10"), share(2, "110")))
        .containsExactly(
            new Violation("owners[0].percent", "licensing.shares.invalid"),
            new Violation("owners[1].percent", "licensing.shares.invalid"));
    assertThat(check(share(1, "100.0000"))).isEmpty();
    assertThat(check(share(1, "100.00001"))).hasSize(1);
    assertThat(check(share(1, "50.00005"), share(2, "49.99995")))
        .containsExactly(
            new Violation("owners[0].percent", "licensing.shares.invalid"),
            new Violation("owners[1].percent", "licensing.shares.invalid"));
    // trailing zeros are not decimals
    assertThat(check(share(1, "50.000000"), share(2, "50"))).isEmpty();
  }
}
