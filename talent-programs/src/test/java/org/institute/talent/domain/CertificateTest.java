package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.institute.core.ConflictException;
import org.institute.talent.Eligibility;
import org.institute.talent.PublicCertificate;
import org.junit.jupiter.api.Test;

class CertificateTest {

  private static final String CODE = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final LocalDate ISSUED = LocalDate.of(2026, 7, 3);

  private final Programme programme = Fixtures.programme(Eligibility.OPEN);
  private final Participant holder = Fixtures.person("holder@example.com", null);
  private final Enrolment enrolment =
      new Fixtures.Book().admit(Fixtures.cohort(5), programme, holder);

  private Certificate issue() {
    return new Certificate(CODE, enrolment, holder, programme, ISSUED, Fixtures.NOW);
  }

  @Test
  void aCertificateKeepsTheNamesAsTheyWereAtIssue() {
    Certificate c = issue();

    assertThat(c.code()).isEqualTo(CODE);
    assertThat(c.enrolmentId()).isEqualTo(enrolment.id());
    assertThat(c.holderLatin()).isEqualTo("Person holder@example.com");
    assertThat(c.holderZh()).isEqualTo("学员");
    assertThat(c.programmeEn()).isEqualTo("MiniMasters");
    assertThat(c.programmeZh()).isEqualTo("微硕士");
    assertThat(c.issuedOn()).isEqualTo(ISSUED);
    assertThat(c.documentId()).isNull();
  }

  @Test
  void theSignedDocumentIsAttachedByItsId() {
    Certificate c = issue();

    c.attachDocument(42);

    assertThat(c.documentId()).isEqualTo(42L);
  }

  @Test
  void aFreshCertificateVerifiesAsValid() {
    PublicCertificate view = issue().publicView();

    assertThat(view)
        .isEqualTo(
            new PublicCertificate(
                CODE,
                PublicCertificate.VALID,
                "Person holder@example.com",
                "学员",
                "MiniMasters",
                "微硕士",
                ISSUED));
    assertThat(view.valid()).isTrue();
  }

  @Test
  void aRevokedCertificateVerifiesAsRevokedWithTheTrimmedReason() {
    Certificate c = issue();
    Instant later = Fixtures.NOW.plusSeconds(3600);

    c.revoke("  issued in error ", later);

    assertThat(c.isRevoked()).isTrue();
    assertThat(c.publicView().status()).isEqualTo(PublicCertificate.REVOKED);
    assertThat(c.publicView().valid()).isFalse();
    var view = c.view(9);
    assertThat(view.revoked()).isTrue();
    assertThat(view.revokedAt()).isEqualTo(later);
    assertThat(view.revokeReason()).isEqualTo("issued in error");
    assertThat(view.cohortId()).isEqualTo(9);
    assertThat(view.enrolmentId()).isEqualTo(enrolment.id());
    assertThat(view.code()).isEqualTo(CODE);
  }

  @Test
  void theCoordinatorsViewOfAValidCertificateShowsNoRevocation() {
    var view = issue().view(9);

    assertThat(view.revoked()).isFalse();
    assertThat(view.revokedAt()).isNull();
    assertThat(view.revokeReason()).isNull();
    assertThat(view.holderLatin()).isEqualTo("Person holder@example.com");
    assertThat(view.programmeZh()).isEqualTo("微硕士");
    assertThat(view.issuedOn()).isEqualTo(ISSUED);
  }

  @Test
  void aCertificateIsRevokedOnlyOnce() {
    Certificate c = issue();
    c.revoke("first", Fixtures.NOW);

    assertThatThrownBy(() -> c.revoke("second", Fixtures.NOW.plusSeconds(60)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("certificate.alreadyRevoked");
    assertThat(c.view(1).revokeReason()).isEqualTo("first");
    assertThat(c.view(1).revokedAt()).isEqualTo(Fixtures.NOW);
  }

  @Test
  void theCredentialIsAttachedOnceWithItsStatusPlace() {
    Certificate c = issue();
    assertThat(c.credential()).isEmpty();
    assertThat(c.statusSlot()).isEmpty();

    c.attachCredential("h.p.s", new StatusSlot(2, 17), "00ff");

    assertThat(c.credential()).contains("h.p.s");
    assertThat(c.statusSlot()).contains(new StatusSlot(2, 17));
    assertThat(c.issuedAt()).isEqualTo(Fixtures.NOW);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> c.attachCredential("x.y.z", new StatusSlot(1, 1), "00"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(c.credential()).contains("h.p.s");
  }
}
