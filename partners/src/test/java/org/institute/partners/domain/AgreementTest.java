package org.institute.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.partners.AgreementStatus;
import org.institute.partners.NewAgreement;
import org.junit.jupiter.api.Test;

class AgreementTest {

  private static Agreement fiveYears() {
    return new Agreement(
        new NewAgreement(
            "Deepened cooperation",
            null,
            Set.of(new PartnerId(1), new PartnerId(2)),
            LocalDate.of(2020, 12, 8),
            LocalDate.of(2021, 1, 1),
            LocalDate.of(2025, 12, 31),
            false,
            null),
        Instant.EPOCH);
  }

  @Test
  void itsStatusFollowsTheCalendar() {
    Agreement a = fiveYears();
    assertThat(a.statusOn(LocalDate.of(2020, 12, 20))).isEqualTo(AgreementStatus.PENDING);
    assertThat(a.statusOn(LocalDate.of(2021, 1, 1))).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(a.statusOn(LocalDate.of(2025, 12, 31))).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(a.statusOn(LocalDate.of(2026, 1, 1))).isEqualTo(AgreementStatus.EXPIRED);
  }

  @Test
  void withoutAnEffectiveDateItTakesEffectWhenSignedAndOpenEndedNeverExpires() {
    Agreement a =
        new Agreement(
            new NewAgreement(
                "Founding",
                null,
                Set.of(new PartnerId(1), new PartnerId(2)),
                LocalDate.of(2015, 11, 2),
                null,
                null,
                false,
                null),
            Instant.EPOCH);
    assertThat(a.effectiveFrom()).isEqualTo(LocalDate.of(2015, 11, 2));
    assertThat(a.statusOn(LocalDate.of(2099, 1, 1))).isEqualTo(AgreementStatus.IN_FORCE);
  }

  @Test
  void terminationEndsItFromThatDateAndOnlyOnce() {
    Agreement a = fiveYears();
    a.terminate(LocalDate.of(2023, 6, 30));

    assertThat(a.statusOn(LocalDate.of(2023, 6, 29))).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(a.statusOn(LocalDate.of(2023, 6, 30))).isEqualTo(AgreementStatus.TERMINATED);
    assertThatThrownBy(() -> a.terminate(LocalDate.of(2024, 1, 1)))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void terminationMustFallWithinTheTerm() {
    assertThatThrownBy(() -> fiveYears().terminate(LocalDate.of(2020, 12, 31)))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> fiveYears().terminate(LocalDate.of(2026, 1, 1)))
        .isInstanceOf(InvalidCommandException.class);
  }

  @Test
  void onlyItsPartiesAreParties() {
    Agreement a = fiveYears();
    assertThat(a.hasParty(new PartnerId(1))).isTrue();
    assertThat(a.hasParty(new PartnerId(3))).isFalse();
  }
}
