package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.institute.core.AccessRefusedException;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.ListSort;
import org.institute.core.PageRequest;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.domain.Base64Url;
import org.institute.core.infrastructure.ConfiguredPublicLinks;
import org.institute.core.testing.RecordingAudit;
import org.institute.talent.CertificateView;
import org.institute.talent.CohortStatus;
import org.institute.talent.CredentialCheck;
import org.institute.talent.CredentialFields;
import org.institute.talent.DeliveryMode;
import org.institute.talent.NewCohort;
import org.institute.talent.NewParticipant;
import org.institute.talent.NewProgramme;
import org.institute.talent.NewSession;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.PublicCertificate;
import org.institute.talent.domain.Certificate;
import org.institute.talent.domain.CertificateRepository;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.CredentialEnvelope;
import org.institute.talent.domain.Enrolment;
import org.institute.talent.domain.EnrolmentRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.ProgrammeRepository;
import org.institute.talent.domain.Session;
import org.institute.talent.domain.StatusBitstring;
import org.institute.talent.domain.StatusSlot;
import org.junit.jupiter.api.Test;

class CertificateServiceTest {

  private static final String CODE = "MZXW6YTBOI2345672345672345672345";
  private static final long COHORT = 9;

  private final Certificates store = new Certificates();
  private final RecordingAudit audit = new RecordingAudit();

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

    /** The search in the holder's Latin name only: enough to see what the service asks. */
    @Override
    public Found search(
        org.institute.core.SearchText text,
        org.institute.core.ListSort sort,
        int offset,
        int limit) {
      List<Row> found =
          rows.stream()
              .filter(
                  r ->
                      text == null
                          || r.certificate()
                              .view(r.cohortId())
                              .holderLatin()
                              .toLowerCase(java.util.Locale.ROOT)
                              .contains(text.text().toLowerCase(java.util.Locale.ROOT)))
              .toList();
      return new Found(found.stream().skip(offset).limit(limit).toList(), found.size());
    }

    /** The order the service asked of the last keyset read. */
    org.institute.core.ListSort sliceOrder;

    /** The holder's Latin name only, and no cursor: enough to see what the service asks. */
    @Override
    public org.institute.core.Slice<Row> slice(
        org.institute.core.SearchText text,
        org.institute.core.ListSort sort,
        org.institute.core.PageRequest page) {
      sliceOrder = sort;
      Found found = search(text, sort, 0, Integer.MAX_VALUE);
      return new org.institute.core.Slice<>(
          found.rows().stream().limit(page.limit()).toList(),
          null,
          page.countExact() ? found.total() : null);
    }

    @Override
    public Optional<Row> row(String code) {
      return rows.stream().filter(r -> r.certificate().code().equals(code)).findFirst();
    }

    private java.util.stream.Stream<Certificate> placed(int list) {
      return rows.stream()
          .map(Row::certificate)
          .filter(c -> c.statusSlot().filter(s -> s.list() == list).isPresent());
    }

    @Override
    public long placedInStatusLists() {
      return rows.stream().filter(r -> r.certificate().statusSlot().isPresent()).count();
    }

    @Override
    public boolean statusSlotTaken(int list, int index) {
      return placed(list).anyMatch(c -> c.statusSlot().get().index() == index);
    }

    @Override
    public List<Integer> revokedIndexes(int list) {
      return placed(list)
          .filter(Certificate::isRevoked)
          .map(c -> c.statusSlot().get().index())
          .toList();
    }

    @Override
    public int lastStatusList() {
      return rows.stream()
          .flatMap(r -> r.certificate().statusSlot().stream())
          .mapToInt(StatusSlot::list)
          .max()
          .orElse(0);
    }
  }

  private final TestSigning signing = new TestSigning();
  private final Stores.Sessions sessions = new Stores.Sessions();
  private Participant holder;
  private Programme programme;
  private Cohort cohort;
  private Enrolment enrolment;

  /** A repository that finds the one record given by id and knows nothing else. */
  private static <T> T finder(Class<T> type, java.util.function.Supplier<Object> record) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              if (method.getName().equals("find") && args.length == 1) {
                return Optional.ofNullable(record.get());
              }
              throw new UnsupportedOperationException(method.getName());
            }));
  }

  private final java.util.List<org.institute.talent.CertificateRevoked> revocations =
      new java.util.ArrayList<>();

  private CertificateService service(Role role) {
    CertificateService service = new CertificateService();
    Wired.inject(service, "certificates", store);
    Wired.inject(service, "policy", Wired.policyOf(role));
    Wired.inject(service, "audit", audit);
    Wired.inject(service, "clock", Wired.CLOCK);
    Wired.inject(service, "caller", org.institute.core.testing.TestCaller.with(role));
    Wired.inject(
        service,
        "revoked",
        (jakarta.enterprise.event.Event<?>)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {jakarta.enterprise.event.Event.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("fire")) {
                    revocations.add((org.institute.talent.CertificateRevoked) args[0]);
                    return null;
                  }
                  throw new UnsupportedOperationException(method.getName());
                }));
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
    CredentialIssuer issuer = new CredentialIssuer();
    Wired.inject(issuer, "certificates", store);
    Wired.inject(issuer, "signing", signing);
    Wired.inject(issuer, "publicLinks", new ConfiguredPublicLinks("https://ssijri.example.org/"));
    issuer.nameEn = "Sino-Singapore International Joint Research Institute";
    issuer.nameZh = "中新国际联合研究院";
    Wired.inject(service, "issuer", issuer);
    Wired.inject(service, "signing", signing);
    Wired.inject(service, "enrolments", finder(EnrolmentRepository.class, () -> enrolment));
    Wired.inject(service, "participants", finder(ParticipantRepository.class, () -> holder));
    Wired.inject(service, "programmes", finder(ProgrammeRepository.class, () -> programme));
    Wired.inject(service, "cohorts", finder(CohortRepository.class, () -> cohort));
    Wired.inject(service, "sessions", sessions);
    return service;
  }

  private Certificate issued() {
    holder =
        Participant.register(
            new NewParticipant("Tan Mei Ling", "陈美玲", "mei@example.com", null, null, null),
            Wired.NOW);
    programme =
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
    cohort =
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
    enrolment = cohort.admit(programme, holder, Optional.empty(), Wired.NOW);
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

    var page = service(Role.COORDINATOR).list(null, "holder", 0, 10);

    assertThat(page.total()).isEqualTo(1);
    assertThat(page.items()).hasSize(1);
    assertThat(page.items().get(0).code()).isEqualTo(CODE);
    assertThat(page.items().get(0).cohortId()).isEqualTo(COHORT);
    assertThat(page.items().get(0).enrolmentId()).isEqualTo(11L);
  }

  @Test
  void writersSearchCertificatesWithTheTotalFound() {
    issued();

    var found = service(Role.COORDINATOR).search("  ", "holder,desc", 0, 10);
    assertThat(found.total()).isEqualTo(1);
    assertThat(found.items()).extracting(CertificateView::code).containsExactly(CODE);
    assertThat(service(Role.COORDINATOR).search("nobody of that name", null, 0, 10).items())
        .isEmpty();
  }

  @Test
  void writersReadCertificatesByKeysetNewestFirstCountedOnlyWhenAsked() {
    issued();

    var page = service(Role.COORDINATOR).slice(null, null, PageRequest.first(10));
    assertThat(page.items()).extracting(CertificateView::code).containsExactly(CODE);
    assertThat(page.items().get(0).cohortId()).isEqualTo(COHORT);
    assertThat(page.exactTotal()).isEmpty();
    assertThat(store.sliceOrder).isEqualTo(ListSort.descending("issuedOn"));

    var counted =
        service(Role.ADMIN).slice("nobody of that name", "holder", new PageRequest(null, 10, true));
    assertThat(counted.items()).isEmpty();
    assertThat(counted.exactTotal()).contains(0L);
    assertThat(store.sliceOrder).isEqualTo(ListSort.ascending("holder"));
  }

  @Test
  void aKeysetReadRefusesAnUnknownSortAnOverlongTextAndStaff() {
    CertificateService coordinator = service(Role.COORDINATOR);

    assertThatThrownBy(() -> coordinator.slice(null, "code", PageRequest.first(10)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("sort"));
    assertThatThrownBy(() -> coordinator.slice("x".repeat(201), null, PageRequest.first(10)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("q"));
    assertThatThrownBy(() -> service(Role.PARTNER_STAFF).slice(null, null, PageRequest.first(10)))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void aCertificateSearchRefusesAnUnknownSortAndAnOverlongTextAndStaff() {
    CertificateService coordinator = service(Role.COORDINATOR);

    assertThatThrownBy(() -> coordinator.search(null, "code,asc", 0, 10))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("sort"));
    assertThatThrownBy(() -> coordinator.search("x".repeat(201), null, 0, 10))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations().get(0).field()).isEqualTo("q"));
    assertThatThrownBy(() -> service(Role.PARTNER_STAFF).search(null, null, 0, 10))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void onlyWritersReadCertificatesAndTheirPdfOnceRevoked() {
    Certificate c = issued();
    c.attachDocument(77);
    CertificateService staff = service(Role.PARTNER_STAFF);

    assertThatThrownBy(() -> staff.list(null, null, 0, 10))
        .isInstanceOf(AccessRefusedException.class);
    // the code opens the PDF of a certificate in force to whoever holds it (its holder's mail)
    assertThat(staff.pdf(CODE)).isPresent();
    c.revoke("issued in error", Wired.NOW);
    assertThat(staff.pdf(CODE)).as("revoked: no longer to anyone with the code").isEmpty();
    assertThat(service(Role.ADMIN).pdf(CODE)).as("but staff still read it").isPresent();
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
        .containsExactly("CERTIFICATE_REVOKED Certificate#" + CODE + ": issued in error");
    assertThat(admin.verify(CODE).orElseThrow().valid()).isFalse();
    assertThat(revocations)
        .containsExactly(
            new org.institute.talent.CertificateRevoked(
                CODE, COHORT, "issued in error", "someone", Wired.NOW));
  }

  @Test
  void revokingAnUnknownCertificateFindsNothing() {
    assertThatThrownBy(() -> service(Role.ADMIN).revoke(CODE, "error"))
        .isInstanceOf(RecordNotFoundException.class);
  }

  private void oneSessionOfNinetyMinutes() {
    sessions.add(
        new Session(
            COHORT,
            new NewSession(
                LocalDateTime.of(2027, 3, 2, 9, 0),
                "Asia/Singapore",
                90,
                "Kick-off",
                null,
                DeliveryMode.CHONGQING_BASE,
                null,
                null)));
  }

  private static String payload(String jws) {
    return new String(Base64Url.decode(jws.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  @Test
  void anOlderCertificateGetsItsCredentialOnFirstRequestOnlyOnce() {
    Certificate c = issued();
    oneSessionOfNinetyMinutes();
    CertificateService anyone = service(Role.PARTNER_STAFF);

    String first = anyone.credential(CODE.toLowerCase()).orElseThrow();

    assertThat(anyone.credential(CODE)).contains(first);
    assertThat(c.credential()).contains(first);
    assertThat(c.statusSlot()).isPresent();
    assertThat(audit.entries)
        .containsExactly(
            "CREDENTIAL_ISSUED Certificate#"
                + CODE
                + ": signed credential of a certificate issued before credentials existed");
    assertThat(anyone.credential("B".repeat(32))).isEmpty();
    assertThat(anyone.credential("not a code")).isEmpty();
  }

  @Test
  void theCredentialsSignatureHoldsForBouncyCastleWithThePublishedKey() {
    issued();
    String[] parts = service(Role.PARTNER_STAFF).credential(CODE).orElseThrow().split("\\.");

    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(
        false,
        new Ed25519PublicKeyParameters(
            Base64Url.decode(signing.key.publicJwk().getString("x")), 0));
    byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    verifier.update(input, 0, input.length);

    assertThat(verifier.verifySignature(Base64Url.decode(parts[2]))).isTrue();
    assertThat(new String(Base64Url.decode(parts[0]), StandardCharsets.UTF_8))
        .contains("\"typ\":\"vc+jwt\"")
        .contains("\"alg\":\"EdDSA\"")
        .contains(signing.key.id());
  }

  @Test
  void theCredentialSaysWhatTheCertificateSays() {
    Certificate c = issued();
    oneSessionOfNinetyMinutes();
    CertificateService anyone = service(Role.PARTNER_STAFF);

    CredentialCheck check = anyone.check(anyone.credential(CODE).orElseThrow());
    CredentialFields f = check.fields();

    assertThat(check.valid()).isTrue();
    assertThat(check.keyId()).isEqualTo(signing.key.id());
    assertThat(f.credentialId()).isEqualTo("https://ssijri.example.org/verify/" + CODE);
    assertThat(f.issuerId()).isEqualTo("https://ssijri.example.org/api/v1/credentials/issuer");
    assertThat(f.issuerName()).isEqualTo("Sino-Singapore International Joint Research Institute");
    assertThat(f.holderLatin()).isEqualTo("Tan Mei Ling");
    assertThat(f.holderZh()).isEqualTo("陈美玲");
    assertThat(f.emailHash()).doesNotContain("mei@example.com").startsWith("sha256$");
    assertThat(payload(c.credential().orElseThrow()))
        .doesNotContain("mei@example.com")
        .contains("\"validFrom\":\"" + Wired.NOW + "\"");
    assertThat(f.achievementName()).isEqualTo("MiniMasters");
    assertThat(f.achievementNameZh()).isEqualTo("微硕士");
    assertThat(f.cohort()).isEqualTo("2027 intake");
    assertThat(f.hours()).isEqualTo("1.5");
    assertThat(f.deliveryModes()).containsExactly("CHONGQING_BASE");
    assertThat(f.statusListCredential())
        .isEqualTo("https://ssijri.example.org/api/v1/credentials/status/1");
    assertThat(f.statusListIndex())
        .isEqualTo(Integer.toString(c.statusSlot().orElseThrow().index()));
  }

  @Test
  void revokingSetsTheBitAndTheCheckSaysRevoked() {
    Certificate c = issued();
    CertificateService admin = service(Role.ADMIN);
    String credential = admin.credential(CODE).orElseThrow();
    int index = c.statusSlot().orElseThrow().index();
    assertThat(admin.check(credential).status()).isEqualTo(CredentialCheck.VALID);
    assertThat(StatusBitstring.isSet(encodedList(admin.statusList(1).orElseThrow()), index))
        .isFalse();

    admin.revoke(CODE, "issued in error");

    CredentialCheck check = admin.check(credential);
    assertThat(check.signatureValid()).isTrue();
    assertThat(check.status()).isEqualTo(CredentialCheck.REVOKED);
    assertThat(check.valid()).isFalse();
    String list = admin.statusList(1).orElseThrow();
    assertThat(signing.verify(list).valid()).isTrue();
    assertThat(StatusBitstring.isSet(encodedList(list), index)).isTrue();
  }

  private static String encodedList(String statusListJws) {
    return Json.createReader(new java.io.StringReader(payload(statusListJws)))
        .readObject()
        .getJsonObject("credentialSubject")
        .getString("encodedList");
  }

  @Test
  void aCredentialWithOneFieldChangedFailsItsSignature() {
    issued();
    CertificateService anyone = service(Role.PARTNER_STAFF);
    String[] parts = anyone.credential(CODE).orElseThrow().split("\\.");
    String forged =
        parts[0]
            + "."
            + Base64Url.encode(
                payload(String.join(".", parts))
                    .replace("Tan Mei Ling", "Tan Mei Lin")
                    .getBytes(StandardCharsets.UTF_8))
            + "."
            + parts[2];

    CredentialCheck check = anyone.check(forged);

    assertThat(check.signatureValid()).isFalse();
    assertThat(check.valid()).isFalse();
    assertThat(check.problem()).isEqualTo("credential.check.signature");
    assertThat(check.fields().holderLatin()).isEqualTo("Tan Mei Lin");
  }

  @Test
  void anEnvelopedCredentialIsCheckedLikeTheBareToken() {
    issued();
    CertificateService anyone = service(Role.PARTNER_STAFF);
    String credential = anyone.credential(CODE).orElseThrow();

    assertThat(anyone.check(CredentialEnvelope.envelope(credential)).valid()).isTrue();
  }

  @Test
  void textThatIsNoCredentialIsMalformed() {
    CertificateService anyone = service(Role.PARTNER_STAFF);

    CredentialCheck garbage = anyone.check("hello");
    CredentialCheck signedNonsense = anyone.check(signing.sign("vc+jwt", "[1]"));

    assertThat(garbage.valid()).isFalse();
    assertThat(garbage.problem()).isEqualTo("credential.check.malformed");
    assertThat(garbage.fields()).isNull();
    assertThat(signedNonsense.problem()).isEqualTo("credential.check.malformed");
    assertThat(signedNonsense.status()).isEqualTo(CredentialCheck.UNKNOWN);
  }

  @Test
  void anotherIssuersOrAnExpiredOrUnlistedCredentialIsNotValid() {
    CertificateService anyone = service(Role.PARTNER_STAFF);

    CredentialCheck foreign =
        anyone.check(signing.sign("vc+jwt", "{\"issuer\":\"https://elsewhere.example\"}"));
    CredentialCheck expired =
        anyone.check(
            signing.sign(
                "vc+jwt",
                "{\"issuer\":{\"id\":\"https://ssijri.example.org/api/v1/credentials/issuer\"},"
                    + "\"validUntil\":\"2027-01-01T00:00:00Z\"}"));
    CredentialCheck elsewhereListed =
        anyone.check(
            signing.sign(
                "vc+jwt",
                "{\"credentialStatus\":{\"statusListCredential\":"
                    + "\"https://ssijri.example.org/api/v1/credentials/status/7\","
                    + "\"statusListIndex\":\"3\"}}"));

    assertThat(foreign.problem()).isEqualTo("credential.check.issuer");
    assertThat(foreign.signatureValid()).isTrue();
    assertThat(foreign.valid()).isFalse();
    assertThat(expired.problem()).isEqualTo("credential.check.expired");
    assertThat(elsewhereListed.status()).isEqualTo(CredentialCheck.UNKNOWN);
  }

  @Test
  void onlyStatusListsInUseArePublished() {
    CertificateService anyone = service(Role.PARTNER_STAFF);

    assertThat(anyone.statusList(0)).isEmpty();
    assertThat(anyone.statusList(1)).isPresent();
    assertThat(anyone.statusList(2)).isEmpty();
    assertThat(anyone.issuerProfile())
        .contains("\"id\":\"https://ssijri.example.org/api/v1/credentials/issuer\"")
        .contains("中新国际联合研究院")
        .contains("https://ssijri.example.org/api/v1/credentials/keys");
  }
}
