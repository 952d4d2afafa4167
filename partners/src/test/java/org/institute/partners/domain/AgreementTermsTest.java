package org.institute.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.partners.AgreementStatus;
import org.institute.partners.NewAgreement;
import org.junit.jupiter.api.Test;

class AgreementTermsTest {

  private static final LocalDate SIGNED = LocalDate.of(2020, 12, 8);
  private static final LocalDate FROM = LocalDate.of(2021, 1, 1);
  private static final LocalDate UNTIL = LocalDate.of(2025, 12, 31);

  private static Agreement agreement(LocalDate expires, String titleZh, String summary) {
    return new Agreement(
        new NewAgreement(
            "  Deepened cooperation ",
            titleZh,
            Set.of(new PartnerId(1), new PartnerId(2)),
            SIGNED,
            FROM,
            expires,
            true,
            summary),
        Instant.EPOCH);
  }

  @Test
  void itKeepsItsTermsWithTitlesTrimmedAndBlankTextsAsNone() {
    Agreement a = agreement(UNTIL, "   ", " ");

    assertThat(a.title()).isEqualTo("Deepened cooperation");
    assertThat(a.titleZh()).isNull();
    assertThat(a.summary()).isNull();
    assertThat(a.signedOn()).isEqualTo(SIGNED);
    assertThat(a.effectiveFrom()).isEqualTo(FROM);
    assertThat(a.expiresOn()).isEqualTo(UNTIL);
    assertThat(a.terminatedOn()).isNull();
    assertThat(a.confidential()).isTrue();
    assertThat(a.documentId()).isNull();
    assertThat(a.parties()).containsExactlyInAnyOrder(new PartnerId(1), new PartnerId(2));
  }

  @Test
  void givenTextsAreKeptTrimmed() {
    Agreement a = agreement(UNTIL, " 深化合作 ", " Joint institute, phase two ");

    assertThat(a.titleZh()).isEqualTo("深化合作");
    assertThat(a.summary()).isEqualTo("Joint institute, phase two");
  }

  @Test
  void theSignedCopyIsAttachedByDocumentId() {
    Agreement a = agreement(UNTIL, null, null);
    a.attachSignedCopy(42);
    assertThat(a.documentId()).isEqualTo(42L);
  }

  @Test
  void itCanEndOnItsFirstAndOnItsLastDay() {
    Agreement first = agreement(UNTIL, null, null);
    first.terminate(FROM);
    assertThat(first.terminatedOn()).isEqualTo(FROM);
    assertThat(first.statusOn(FROM)).isEqualTo(AgreementStatus.TERMINATED);

    Agreement last = agreement(UNTIL, null, null);
    last.terminate(UNTIL);
    assertThat(last.terminatedOn()).isEqualTo(UNTIL);
  }

  @Test
  void anOpenEndedAgreementCanEndAnyDayAfterItStarted() {
    Agreement a = agreement(null, null, null);
    a.terminate(LocalDate.of(2040, 5, 1));
    assertThat(a.statusOn(LocalDate.of(2040, 4, 30))).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(a.statusOn(LocalDate.of(2040, 5, 1))).isEqualTo(AgreementStatus.TERMINATED);
  }

  @Test
  void anEndOutsideTheTermIsRefusedBesideTheDate() {
    assertThatThrownBy(() -> agreement(UNTIL, null, null).terminate(FROM.minusDays(1)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> {
              assertThat(e.violations().get(0).field()).isEqualTo("terminatedOn");
              assertThat(e.violations().get(0).messageKey())
                  .isEqualTo("agreement.terminatedOn.outsideTerm");
            });
    assertThatThrownBy(() -> agreement(UNTIL, null, null).terminate(UNTIL.plusDays(1)))
        .isInstanceOf(InvalidCommandException.class);
  }

  @Test
  void aTerminatedAgreementStaysTerminatedAfterItWouldHaveExpired() {
    Agreement a = agreement(UNTIL, null, null);
    a.terminate(LocalDate.of(2023, 1, 1));
    assertThat(a.statusOn(LocalDate.of(2030, 1, 1))).isEqualTo(AgreementStatus.TERMINATED);
  }

  @Test
  void theDayBeforeItTakesEffectItIsPending() {
    assertThat(agreement(UNTIL, null, null).statusOn(FROM.minusDays(1)))
        .isEqualTo(AgreementStatus.PENDING);
  }
}
