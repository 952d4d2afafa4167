package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.talent.CohortStatus;
import org.institute.talent.NewCohort;
import org.institute.talent.NewParticipant;
import org.institute.talent.NewProgramme;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.PublicCertificate;
import org.institute.talent.domain.Certificate;
import org.institute.talent.domain.CertificateRepository;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.Programme;
import org.junit.jupiter.api.Test;

class CertificateServiceTest {

  private static final String CODE = "MZXW6YTBOI2345672345672345672345";
  private static final long COHORT = 9;

  private final Certificates store = new Certificates();
  private final AuditBatchTest.RecordedAudit audit = new AuditBatchTest.RecordedAudit();

  /** Certificates kept in a list, each with the cohort it was earned in. */
  private static final class Certificates implements CertificateRepository {
    final List<Row> rows = new ArrayList<>();

    @Override
    public Optional<Certificate> findByCode(String code) {
      return row(code).map(Row::certificate);
    }

    @Override
    public boolean codeTaken(String code) {
      return row(code).isPresent();
    }

    @Override
    public void add(Certificate certificate) {
      rows.add(new Row(certificate, COHORT));
    }

    @Override
    public List<Row> list(String sort, int offset, int limit) {
      return rows.stream().skip(offset).limit(limit).toList();
    }

    @Override
    public long count() {
      return rows.size();
    }

    @Override
    public Optional<Row> row(String code) {
      return rows.stream().filter(r -> r.certificate().code().equals(code)).findFirst();
    }
  }

  private CertificateService service(Role role) {
    CertificateService service = new CertificateService();
    Wired.inject(service, "certificates", store);
    Wired.inject(service, "policy", Wired.policyOf(role));
    Wired.inject(service, "audit", audit);
    Wired.inject(service, "clock", Wired.CLOCK);
    Documents documents =
        (Documents)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {Documents.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("content")) {
                    return ((Long) args[0]) == 77L
                        ? Optional.of(new byte[] {'%', 'P', 'D', 'F'})
                        : Optional.empty();
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    Wired.inject(service, "documents", documents);
    return service;
  }

  private Certificate issued() {
    Participant holder =
        Participant.register(
            new NewParticipant("Tan Mei Ling", "陈美玲", "mei@example.com", null, null, null),
            Wired.NOW);
    Programme programme =
        new Programme(
            new NewProgramme(
                "MM",
                ProgrammeKind.MINIMASTERS,
                "MiniMasters",
                "微硕士",
                null,
                null,
                Set.of(new PartnerId(1)),
                null,
                null,
                null),
            Wired.NOW);
    Cohort cohort =
        new Cohort(
            new NewCohort(
                1,
                "2027 intake",
                null,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 15),
                20,
                null,
                CohortStatus.OPEN),
            Wired.NOW);
    setId(cohort, COHORT);
    setId(holder, 5L);
    Enrolment enrolment = cohort.admit(programme, holder, Optional.empty(), Wired.NOW);
    setId(enrolment, 11L);
    Certificate c =
        new Certificate(CODE, enrolment, holder, programme, LocalDate.of(2027, 7, 1), Wired.NOW);
    store.add(c);
    return c;
  }

  private static void setId(Object entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anyoneVerifiesACodeTypedInAnyCase() {
    issued();

    Optional<PublicCertificate> found =
        service(Role.PARTNER_STAFF).verify(" " + CODE.toLowerCase() + " ");

    assertThat(found).isPresent();
    assertThat(found.get().valid()).isTrue();
    assertThat(found.get().holderLatin()).isEqualTo("Tan Mei Ling");
  }

  @Test
  void aMalformedOrUnknownCodeVerifiesNothing() {
    issued();
    CertificateService service = service(Role.PARTNER_STAFF);

    assertThat(service.verify("../../etc/passwd")).isEmpty();
    assertThat(service.verify(null)).isEmpty();
    assertThat(service.verify("A".repeat(32))).isEmpty();
  }

  @Test
  void writersListCertificatesWithTheirCohort() {
    issued();

    var page = service(Role.COORDINATOR).list("code", 0, 10);

    assertThat(page.total()).isEqualTo(1);
    assertThat(page.items()).hasSize(1);
    assertThat(page.items().get(0).code()).isEqualTo(CODE);
    assertThat(page.items().get(0).cohortId()).isEqualTo(COHORT);
    assertThat(page.items().get(0).enrolmentId()).isEqualTo(11L);
  }

  @Test
  void onlyWritersReadCertificatesAndTheirPdf() {
    issued();
    CertificateService staff = service(Role.PARTNER_STAFF);

    assertThatThrownBy(() -> staff.list("code", 0, 10)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.pdf(CODE)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.revoke(CODE, "error"))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void thePdfIsTheAttachedDocument() {
    Certificate c = issued();
    CertificateService admin = service(Role.ADMIN);
    assertThat(admin.pdf(CODE)).isEmpty();

    c.attachDocument(77);

    assertThat(admin.pdf(CODE.toLowerCase())).hasValueSatisfying(b -> assertThat(b).hasSize(4));
    assertThat(admin.pdf("B".repeat(32))).isEmpty();
  }

  @Test
  void aRevocationNeedsAReasonOfAtMost1000Characters() {
    issued();
    CertificateService admin = service(Role.ADMIN);

    assertThatThrownBy(() -> admin.revoke(CODE, " "))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations().get(0).messageKey())
                    .isEqualTo("certificate.reason.required"));
    assertThatThrownBy(() -> admin.revoke(CODE, null)).isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> admin.revoke(CODE, "r".repeat(1001)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).messageKey()).isEqualTo("field.tooLong"));
    assertThat(admin.revoke(CODE, "r".repeat(1000)).revoked()).isTrue();
  }

  @Test
  void aRevokedCertificateIsAuditedAndVerifiesAsRevoked() {
    issued();
    CertificateService admin = service(Role.ADMIN);

    var view = admin.revoke(CODE.toLowerCase(), " issued in error ");

    assertThat(view.revoked()).isTrue();
    assertThat(view.revokeReason()).isEqualTo("issued in error");
    assertThat(view.cohortId()).isEqualTo(COHORT);
    assertThat(audit.entries)
        .containsExactly("CERTIFICATE_REVOKED Certificate " + CODE + ": issued in error");
    assertThat(admin.verify(CODE).orElseThrow().valid()).isFalse();
  }

  @Test
  void revokingAnUnknownCertificateFindsNothing() {
    assertThatThrownBy(() -> service(Role.ADMIN).revoke(CODE, "error"))
        .isInstanceOf(RecordNotFoundException.class);
  }
}
