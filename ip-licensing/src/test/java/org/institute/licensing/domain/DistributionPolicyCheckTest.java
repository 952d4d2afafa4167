package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.Violation;
import org.institute.licensing.DistributionTier;
import org.institute.licensing.NewDistributionPolicy;
import org.junit.jupiter.api.Test;

class DistributionPolicyCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

  private static DistributionTier tier(String from, String percent) {
    return new DistributionTier(new BigDecimal(from), new BigDecimal(percent));
  }

  private static List<String> fields(NewDistributionPolicy p, LocalDate last, LocalDate today) {
    return DistributionPolicyCheck.violations(p, last, today).stream()
        .map(v -> v.field() + ":" + v.messageKey())
        .toList();
  }

  @Test
  void aSoundVersionPassesAndItsTiersAreKeptFromTheLowestUp() {
    NewDistributionPolicy p =
        new NewDistributionPolicy(
            1L, TODAY.plusDays(1), List.of(tier("100000", "33.33"), tier("0", "50")), null);
    assertThat(DistributionPolicyCheck.violations(p, TODAY, TODAY)).isEmpty();
    assertThat(DistributionPolicyCheck.ordered(p.tiers()))
        .extracting(t -> t.fromSgd().toPlainString())
        .containsExactly("0", "100000");
  }

  @Test
  void aVersionMayNotStartInThePastNorOnADayAlreadyDistributed() {
    NewDistributionPolicy yesterday =
        new NewDistributionPolicy(1L, TODAY.minusDays(1), List.of(tier("0", "50")), null);
    assertThat(fields(yesterday, null, TODAY))
        .containsExactly("effectiveFrom:licensing.distribution.inPast");
    NewDistributionPolicy today =
        new NewDistributionPolicy(1L, TODAY, List.of(tier("0", "50")), null);
    assertThat(fields(today, TODAY, TODAY))
        .containsExactly("effectiveFrom:licensing.distribution.afterDistributed");
    assertThat(fields(today, TODAY.minusDays(1), TODAY)).isEmpty();
    // a history import may start in the past while nothing was distributed after it
    assertThat(fields(yesterday, null, null)).isEmpty();
    assertThat(fields(yesterday, TODAY.minusDays(1), null))
        .containsExactly("effectiveFrom:licensing.distribution.afterDistributed");
  }

  @Test
  void everyTierProblemIsNamedAtOnce() {
    NewDistributionPolicy p =
        new NewDistributionPolicy(
            null,
            null,
            List.of(tier("10", "120"), tier("10", "-1"), tier("0.001", "33.333")),
            "x".repeat(501));
    assertThat(fields(p, null, TODAY))
        .containsExactlyInAnyOrder(
            "partnerId:partner.unknown",
            "effectiveFrom:field.required",
            "note:field.tooLong",
            "tiers[0].inventorsPercent:licensing.distribution.percent.invalid",
            "tiers[1].fromSgd:licensing.distribution.from.duplicate",
            "tiers[1].inventorsPercent:licensing.distribution.percent.invalid",
            "tiers[2].fromSgd:licensing.distribution.from.invalid",
            "tiers[2].inventorsPercent:licensing.distribution.percent.invalid",
            "tiers[0].fromSgd:licensing.distribution.from.firstZero");
  }

  @Test
  void aVersionHasOneToTenTiers() {
    assertThat(fields(new NewDistributionPolicy(1L, TODAY, List.of(), null), null, TODAY))
        .containsExactly("tiers:licensing.distribution.tiers.required");
    List<DistributionTier> eleven =
        java.util.stream.IntStream.range(0, 11).mapToObj(i -> tier(i + "000", "10")).toList();
    assertThat(fields(new NewDistributionPolicy(1L, TODAY, eleven, null), null, TODAY))
        .containsExactly("tiers:licensing.distribution.tiers.tooMany");
    assertThat(DistributionPolicyCheck.violations(null, null, TODAY))
        .extracting(Violation::messageKey)
        .containsExactly("request.bodyRequired");
  }

  /** Each limit holds exactly at its edge: the last value allowed passes, the next is refused. */
  @Test
  void everyLimitIsExactAtItsEdge() {
    List<DistributionTier> one = List.of(tier("0", "50"));
    assertThat(fields(new NewDistributionPolicy(0L, TODAY, one, null), null, TODAY))
        .containsExactly("partnerId:partner.unknown");
    assertThat(fields(new NewDistributionPolicy(1L, TODAY, one, "x".repeat(500)), null, TODAY))
        .isEmpty();
    List<DistributionTier> ten =
        java.util.stream.IntStream.range(0, DistributionPolicyCheck.MAX_TIERS)
            .mapToObj(i -> tier(i + "000", "10"))
            .toList();
    assertThat(fields(new NewDistributionPolicy(1L, TODAY, ten, null), null, TODAY)).isEmpty();
    // a tier may start at S$ 999,999,999,999.99 but not at a trillion; cents, not a tenth of one
    assertThat(
            fields(
                new NewDistributionPolicy(
                    1L, TODAY, List.of(tier("0", "50"), tier("999999999999.99", "10")), null),
                null,
                TODAY))
        .isEmpty();
    assertThat(
            fields(
                new NewDistributionPolicy(
                    1L, TODAY, List.of(tier("0", "50"), tier("1000000000000", "10")), null),
                null,
                TODAY))
        .containsExactly("tiers[1].fromSgd:licensing.distribution.from.invalid");
    assertThat(
            fields(
                new NewDistributionPolicy(
                    1L, TODAY, List.of(tier("0", "50"), tier("100.10", "100.00")), null),
                null,
                TODAY))
        .isEmpty();
  }
}
