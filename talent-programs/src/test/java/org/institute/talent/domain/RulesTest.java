package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.talent.DeliveryMode;
import org.institute.talent.NewParticipant;
import org.institute.talent.NewSession;
import org.junit.jupiter.api.Test;

class RulesTest {

  @Test
  void attendanceRuleUsesWholeNumbers() {
    CompletionRule rule = new CompletionRule(80, false);
    assertThat(rule.unmet(4, 5, null)).isEmpty();
    assertThat(rule.unmet(3, 5, null)).contains("completion.attendanceTooLow");
    assertThat(rule.unmet(0, 0, null)).contains("completion.noAttendance");
    assertThat(new CompletionRule(0, false).unmet(0, 0, null)).isEmpty();
  }

  @Test
  void verificationCodesCarry160RandomBitsInBase32() {
    SecureRandom random = new SecureRandom();
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      String code = VerificationCode.generate(random);
      assertThat(VerificationCode.wellFormed(code)).isTrue();
      codes.add(code);
    }
    assertThat(codes).hasSize(1000);
    assertThat(VerificationCode.base32("foobar".getBytes())).isEqualTo("MZXW6YTBOI");
    assertThat(VerificationCode.wellFormed("../../etc/passwd")).isFalse();
  }

  @Test
  void participantFieldsAreCheckedAllAtOnce() {
    assertThatThrownBy(
            () ->
                Participant.register(
                    new NewParticipant(" ", null, "not-an-email", null, "12345", "XX"),
                    Fixtures.NOW))
        .isInstanceOf(InvalidCommandException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCommandException) e).violations())
                    .extracting(v -> v.field())
                    .containsExactly("nameLatin", "email", "matriculationNumber", "nationality"));
  }

  @Test
  void emailAndMatriculationAreNormalisedSoDuplicatesAreFound() {
    Participant p =
        Participant.register(
            new NewParticipant("Li Hua", "李华", " Li.Hua@Example.COM ", null, "u2012345a", "cn"),
            Fixtures.NOW);
    assertThat(p.email()).isEqualTo("li.hua@example.com");
    assertThat(p.matriculationNumber()).isEqualTo("U2012345A");
    assertThat(p.isNtuStudent()).isTrue();
  }

  @Test
  void aSessionKeepsItsZoneAndWallClockTime() {
    Session s =
        Fixtures.withId(
            new Session(
                1,
                new NewSession(
                    LocalDateTime.of(2026, 3, 2, 9, 0),
                    "Asia/Shanghai",
                    180,
                    "Lean start-up",
                    null,
                    DeliveryMode.CHONGQING_BASE,
                    "Xiantao base",
                    "Prof. Wang")));
    assertThat(s.start().getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    assertThat(s.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 2, 9, 0));
    assertThat(s.view(java.time.Instant.parse("2026-03-02T00:00:00Z")).startsAt())
        .isEqualTo("2026-03-02T09:00+08:00[Asia/Shanghai]");
  }

  @Test
  void aSessionWithAnUnknownZoneIsRefused() {
    assertThatThrownBy(
            () ->
                new Session(
                    1,
                    new NewSession(
                        LocalDateTime.of(2026, 3, 2, 9, 0),
                        "Mars/Olympus",
                        60,
                        "x",
                        null,
                        DeliveryMode.ONLINE,
                        null,
                        null)))
        .isInstanceOf(InvalidCommandException.class);
  }

  @Test
  void theAttendancePercentageRunsFromZeroToHundred() {
    assertThat(new CompletionRule(100, false).unmet(10, 10, null)).isEmpty();
    assertThat(new CompletionRule(100, false).unmet(9, 10, null))
        .contains("completion.attendanceTooLow");
    assertThatThrownBy(() -> new CompletionRule(101, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CompletionRule(-1, false))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAssessmentNotYetRecordedIsNotPassed() {
    CompletionRule rule = new CompletionRule(50, true);
    assertThat(rule.unmet(1, 2, null)).contains("completion.assessmentNotPassed");
    assertThat(rule.unmet(1, 2, false)).contains("completion.assessmentNotPassed");
    assertThat(rule.unmet(1, 2, true)).isEmpty();
  }

  @Test
  void base32WritesWholeGroupsWithoutPadding() {
    assertThat(VerificationCode.base32("fooba".getBytes())).isEqualTo("MZXW6YTB");
    assertThat(VerificationCode.base32("f".getBytes())).isEqualTo("MY");
    assertThat(VerificationCode.base32(new byte[0])).isEmpty();
    assertThat(VerificationCode.generate(new SecureRandom())).hasSize(32);
  }

  @Test
  void aTypedCodeIsNormalisedBeforeItIsChecked() {
    String typed = " mzxw6ytboi2345672345672345672345 ";
    assertThat(VerificationCode.normal(typed)).isEqualTo("MZXW6YTBOI2345672345672345672345");
    assertThat(VerificationCode.wellFormed(VerificationCode.normal(typed))).isTrue();
    assertThat(VerificationCode.normal(null)).isNull();
    assertThat(VerificationCode.wellFormed(null)).isFalse();
  }
}
