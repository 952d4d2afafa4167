package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.Deadline;
import org.institute.licensing.Jurisdiction;
import org.institute.licensing.Share;
import org.junit.jupiter.api.Test;

class PatentFamilyTest {

  private static final LocalDate PRIORITY = LocalDate.of(2018, 3, 15);
  private static final Instant NOW = Instant.parse("2020-01-01T00:00:00Z");

  private static Share share(long partner, String percent) {
    return new Share(partner, new BigDecimal(percent));
  }

  private static PatentFamily family() {
    return PatentFamily.register(
        "SSIJRI-2018-001",
        "Perovskite solar cell",
        "new energy",
        PRIORITY,
        List.of(share(1, "60"), share(2, "40")),
        NOW);
  }

  @Test
  void sharesMustSumToExactlyOneHundred() {
    assertThat(SharesCheck.violations(List.of(share(1, "60"), share(2, "40")))).isEmpty();
    assertThat(
            SharesCheck.violations(
                List.of(share(1, "33.3333"), share(2, "33.3333"), share(3, "33.3334"))))
        .isEmpty();
    assertThat(SharesCheck.violations(List.of(share(1, "60"), share(2, "39.9999"))))
        .containsExactly(new Violation("owners", "licensing.shares.sum"));
    assertThat(SharesCheck.violations(List.of(share(1, "60"), share(2, "40.0001"))))
        .containsExactly(new Violation("owners", "licensing.shares.sum"));
  }

  @Test
  void sharesArePositiveDistinctAndAtMostFourDecimals() {
    assertThat(SharesCheck.violations(List.of(share(1, "100"), share(2, "0")))).isNotEmpty();
    assertThat(SharesCheck.violations(List.of(share(1, "50"), share(1, "50"))))
        .extracting(Violation::messageKey)
        .contains("licensing.shares.duplicate");
    assertThat(SharesCheck.violations(List.of(share(1, "50.00001"), share(2, "49.99999"))))
        .extracting(Violation::messageKey)
        .contains("licensing.shares.invalid");
    assertThat(SharesCheck.violations(List.of()))
        .extracting(Violation::messageKey)
        .containsExactly("licensing.shares.required");
  }

  @Test
  void ownershipChangesTakeEffectFromTheirDate() {
    PatentFamily family = family();
    family.changeOwnership(
        LocalDate.of(2019, 7, 1), List.of(share(1, "50"), share(2, "30"), share(3, "20")));

    assertThat(family.sharesOn(PRIORITY.minusDays(1))).isEmpty();
    assertThat(family.sharesOn(LocalDate.of(2019, 6, 30)))
        .isEqualTo(Map.of(1L, new BigDecimal("60"), 2L, new BigDecimal("40")));
    assertThat(family.sharesOn(LocalDate.of(2019, 7, 1))).containsOnlyKeys(1L, 2L, 3L);
    assertThat(family.everyOwner()).containsExactly(1L, 2L, 3L);
  }

  @Test
  void ownershipChangeBeforeThePriorityDateOrWithBadSharesIsRefused() {
    PatentFamily family = family();
    assertThatThrownBy(
            () -> family.changeOwnership(PRIORITY.minusDays(1), List.of(share(1, "100"))))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> family.changeOwnership(PRIORITY.plusDays(1), List.of(share(1, "99"))))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(family.sharesOn(PRIORITY.plusDays(2))).containsOnlyKeys(1L, 2L);
  }

  @Test
  void deadlinesComeFromThePriorityDateUntilMet() {
    PatentFamily family = family();
    family.file(Jurisdiction.CN, "CN201810000001.X", PRIORITY, ApplicationStatus.FILED, null);
    assertThat(family.openDeadlines())
        .extracting(Deadline::kind, Deadline::due)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                Deadline.Kind.PCT_FILING, LocalDate.of(2019, 3, 15)),
            org.assertj.core.groups.Tuple.tuple(
                Deadline.Kind.NATIONAL_PHASE, LocalDate.of(2020, 9, 15)));

    family.file(
        Jurisdiction.PCT,
        "PCT/CN2019/000001",
        LocalDate.of(2019, 3, 1),
        ApplicationStatus.PUBLISHED,
        null);
    family.file(
        Jurisdiction.SG, "11202000001X", LocalDate.of(2020, 9, 1), ApplicationStatus.FILED, null);
    assertThat(family.openDeadlines()).isEmpty();
  }

  @Test
  void grantedApplicationNeedsAGrantNumberAndFilingCannotPrecedePriority() {
    PatentFamily family = family();
    assertThatThrownBy(
            () -> family.file(Jurisdiction.SG, "1", PRIORITY, ApplicationStatus.GRANTED, null))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(
            () ->
                family.file(
                    Jurisdiction.SG, "1", PRIORITY.minusDays(1), ApplicationStatus.FILED, null))
        .isInstanceOf(InvalidCommandException.class);
  }

  /**
   * The sharing names inventors of institutions that own the family only, says which at once, and a
   * new sharing replaces the inventors it had; a disclosure's inventors replace them too.
   */
  @Test
  void inventorsAreOfItsOwnersAndEachNewListReplacesTheLast() {
    PatentFamily family = family();
    org.institute.licensing.Inventor tan =
        new org.institute.licensing.Inventor("Tan Wei Ming", 1L, new BigDecimal("50"), null);
    org.institute.licensing.Inventor chen =
        new org.institute.licensing.Inventor("陈晓峰", 2L, new BigDecimal("50"), null);
    org.institute.licensing.Inventor elsewhere =
        new org.institute.licensing.Inventor("Wang Fang", 3L, new BigDecimal("50"), null);

    assertThatThrownBy(
            () ->
                family.changeSharing(
                    org.institute.licensing.CostRecovery.NONE, List.of(tan, elsewhere)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(
                        new Violation(
                            "inventors[1].partnerId", "licensing.family.inventor.notOwner")));
    assertThat(family.inventors()).isEmpty();
    // an inventor without an institution is named by the inventors' own check, not as a non-owner
    assertThatThrownBy(
            () ->
                family.changeSharing(
                    org.institute.licensing.CostRecovery.NONE,
                    List.of(
                        tan,
                        new org.institute.licensing.Inventor(
                            "No one's", 0L, new BigDecimal("50"), null))))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .extracting(Violation::messageKey)
                    .isNotEmpty()
                    .doesNotContain("licensing.family.inventor.notOwner"));
    // nothing of a refused sharing is kept: the costs are still recovered first, as by default
    assertThat(family.costRecovery()).isEqualTo(org.institute.licensing.CostRecovery.RECOVER_FIRST);

    family.changeSharing(org.institute.licensing.CostRecovery.NONE, List.of(tan, chen));
    family.changeSharing(
        org.institute.licensing.CostRecovery.NONE,
        List.of(
            new org.institute.licensing.Inventor("Tan Wei Ming", 1L, new BigDecimal("100"), null)));
    assertThat(family.inventors())
        .extracting(org.institute.licensing.Inventor::name)
        .containsExactly("Tan Wei Ming");
    assertThat(family.costRecovery()).isEqualTo(org.institute.licensing.CostRecovery.NONE);

    family.inventedBy(List.of(tan, chen));
    assertThat(family.inventors())
        .extracting(org.institute.licensing.Inventor::name)
        .containsExactly("Tan Wei Ming", "陈晓峰");
  }
}
