package org.institute.partners.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.core.Violation;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.institute.partners.AgreementAction;
import org.institute.partners.AgreementPage;
import org.institute.partners.AgreementQuery;
import org.institute.partners.AgreementStatus;
import org.institute.partners.AgreementView;
import org.institute.partners.Agreements;
import org.institute.partners.NewAgreement;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerKind;
import org.institute.partners.domain.Partner;
import org.junit.jupiter.api.Test;

class AgreementServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId SCUT = new PartnerId(2);
  private static final PartnerId GKC = new PartnerId(3);

  private final InMemoryPartners partners = new InMemoryPartners();
  private final InMemoryAgreements agreements = new InMemoryAgreements();
  private final InMemoryDocuments documents = new InMemoryDocuments();
  private final RecordingAudit audit = new RecordingAudit();

  AgreementServiceTest() {
    register("NTU", "Nanyang Technological University", LocalDate.of(1991, 1, 1));
    register("SCUT", "South China University of Technology", LocalDate.of(1952, 1, 1));
    Partner gkc = register("GKC", "Guangzhou Knowledge City Co.", LocalDate.of(2010, 1, 1));
    gkc.rename("CSGKC Investment Co.", null, LocalDate.of(2018, 6, 1));
  }

  private Partner register(String code, String name, LocalDate since) {
    Partner p =
        new Partner(
            new NewPartner(code, name, null, PartnerKind.UNIVERSITY, "CN", "Guangzhou"),
            since,
            Instant.EPOCH);
    partners.add(p);
    return p;
  }

  private AgreementService service(Caller caller) {
    AgreementService s = new AgreementService();
    PartnersPolicy policy = new PartnersPolicy(caller);
    AgreementViews views = new AgreementViews();
    Wiring.inject(views, "partners", partners);
    Wiring.inject(views, "documents", documents);
    Wiring.inject(views, "policy", policy);
    Wiring.inject(s, "agreements", agreements);
    Wiring.inject(s, "rules", Wiring.inject(new AgreementRules(), "partners", partners));
    Wiring.inject(s, "views", views);
    Wiring.inject(s, "policy", policy);
    Wiring.inject(s, "documents", documents);
    Wiring.inject(s, "audit", audit);
    Wiring.inject(
        s, "clock", Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    return s;
  }

  private static NewAgreement agreement(String title, boolean confidential, PartnerId... parties) {
    return new NewAgreement(
        title,
        null,
        Set.of(parties),
        LocalDate.of(2016, 3, 1),
        null,
        LocalDate.of(2026, 2, 28),
        confidential,
        null);
  }

  private long recorded(NewAgreement a) {
    return service(TestCaller.admin()).record(a).id();
  }

  private static List<Violation> refusals(Runnable command) {
    try {
      command.run();
    } catch (InvalidCommandException e) {
      return e.violations();
    }
    return List.of();
  }

  @Test
  void anAdminRecordsAnAgreementWhichIsAuditedWithItsPartiesInOrder() {
    AgreementView view =
        service(TestCaller.admin()).record(agreement(" Joint lab ", true, SCUT, GKC, NTU));

    assertThat(view.title()).isEqualTo("Joint lab");
    assertThat(view.status()).isEqualTo(AgreementStatus.IN_FORCE);
    assertThat(view.confidential()).isTrue();
    assertThat(view.hasSignedCopy()).isFalse();
    assertThat(view.parties())
        .extracting(AgreementView.Party::code)
        .containsExactly("GKC", "NTU", "SCUT");
    assertThat(audit.entries)
        .containsExactly(
            "AGREEMENT_RECORDED Agreement#1: Joint lab, signed 2016-03-01, parties [1, 2, 3], confidential");
    assertThat(agreements.flushes).isEqualTo(1);
  }

  @Test
  void anOpenAgreementIsAuditedWithoutTheConfidentialMark() {
    service(TestCaller.admin()).record(agreement("Founding", false, NTU, SCUT));
    assertThat(audit.entries)
        .containsExactly(
            "AGREEMENT_RECORDED Agreement#1: Founding, signed 2016-03-01, parties [1, 2]");
  }

  @Test
  void eachPartyAppearsUnderTheNameItSignedWithBesideItsCurrentName() {
    AgreementView view =
        service(TestCaller.admin()).record(agreement("Knowledge City", false, SCUT, GKC));

    AgreementView.Party gkc = view.parties().get(0);
    assertThat(gkc.id()).isEqualTo(GKC);
    assertThat(gkc.nameEnAtSigning()).isEqualTo("Guangzhou Knowledge City Co.");
    assertThat(gkc.currentNameEn()).isEqualTo("CSGKC Investment Co.");
    assertThat(gkc.renamedSince()).isTrue();
    assertThat(view.parties().get(1).renamedSince()).isFalse();
  }

  @Test
  void onlyAnAdminRecordsTerminatesOrAttaches() {
    long id = recorded(agreement("Founding", false, NTU, SCUT));
    for (Caller c : List.of(TestCaller.council(), TestCaller.staffOf(1), TestCaller.auditor())) {
      AgreementService s = service(c);
      assertThatThrownBy(() -> s.record(agreement("X", false, NTU, SCUT)))
          .isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> s.terminate(id, 0L, TODAY))
          .isInstanceOf(AccessRefusedException.class);
      assertThatThrownBy(() -> s.attachSignedCopy(id, 0L, "a.pdf", new byte[1]))
          .isInstanceOf(AccessRefusedException.class);
    }
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void anAgreementNeedsATitleAndTwoToTwentyKnownParties() {
    AgreementService s = service(TestCaller.admin());
    assertThat(refusals(() -> s.record(agreement(" ", false, NTU, SCUT))))
        .containsExactly(new Violation("title", "agreement.title.required"));
    assertThat(refusals(() -> s.record(agreement(null, false, NTU, SCUT))))
        .containsExactly(new Violation("title", "agreement.title.required"));
    assertThat(refusals(() -> s.record(agreement("t".repeat(301), false, NTU, SCUT))))
        .containsExactly(new Violation("title", "field.tooLong"));
    assertThat(refusals(() -> s.record(agreement("t".repeat(300), false, NTU, SCUT)))).isEmpty();
    assertThat(refusals(() -> s.record(agreement("Alone", false, NTU))))
        .containsExactly(new Violation("parties", "agreement.parties.atLeastTwo"));
    assertThat(refusals(() -> s.record(agreement("Stranger", false, NTU, new PartnerId(99)))))
        .containsExactly(new Violation("parties", "partner.unknown"));

    Set<PartnerId> many = new HashSet<>();
    for (long i = 1; i <= 21; i++) {
      many.add(new PartnerId(i));
    }
    NewAgreement crowd =
        new NewAgreement("Crowd", null, many, LocalDate.of(2016, 3, 1), null, null, false, null);
    assertThat(refusals(() -> s.record(crowd)))
        .containsExactly(new Violation("parties", "agreement.parties.tooMany"));
  }

  @Test
  void chineseTitleAndSummaryHaveTheirLimits() {
    AgreementService s = service(TestCaller.admin());
    NewAgreement longTexts =
        new NewAgreement(
            "Ok",
            "题".repeat(301),
            Set.of(NTU, SCUT),
            LocalDate.of(2016, 3, 1),
            null,
            null,
            false,
            "s".repeat(2001));
    assertThat(refusals(() -> s.record(longTexts)))
        .containsExactly(
            new Violation("titleZh", "field.tooLong"), new Violation("summary", "field.tooLong"));
    NewAgreement atLimits =
        new NewAgreement(
            "Ok",
            "题".repeat(300),
            Set.of(NTU, SCUT),
            LocalDate.of(2016, 3, 1),
            null,
            null,
            false,
            "s".repeat(2000));
    assertThat(refusals(() -> s.record(atLimits))).isEmpty();
  }

  private static NewAgreement dated(LocalDate signed, LocalDate from, LocalDate expires) {
    return new NewAgreement("Dated", null, Set.of(NTU, SCUT), signed, from, expires, false, null);
  }

  @Test
  void itIsSignedBetween1990AndTodayAndExpiresAfterItStarts() {
    AgreementService s = service(TestCaller.admin());
    assertThat(refusals(() -> s.record(dated(null, null, null))))
        .containsExactly(new Violation("signedOn", "agreement.signedOn.required"));
    assertThat(refusals(() -> s.record(dated(LocalDate.of(1989, 12, 31), null, null))))
        .containsExactly(new Violation("signedOn", "agreement.signedOn.outOfRange"));
    assertThat(refusals(() -> s.record(dated(TODAY.plusDays(1), null, null))))
        .containsExactly(new Violation("signedOn", "agreement.signedOn.outOfRange"));
    assertThat(refusals(() -> s.record(dated(TODAY, null, null)))).isEmpty();
    assertThat(refusals(() -> s.record(dated(LocalDate.of(1990, 1, 1), null, null)))).isEmpty();

    LocalDate signed = LocalDate.of(2020, 1, 1);
    assertThat(refusals(() -> s.record(dated(signed, LocalDate.of(1989, 1, 1), null))))
        .containsExactly(new Violation("effectiveFrom", "date.outOfRange"));
    assertThat(refusals(() -> s.record(dated(signed, LocalDate.of(2201, 1, 1), null))))
        .containsExactly(new Violation("effectiveFrom", "date.outOfRange"));
    assertThat(refusals(() -> s.record(dated(signed, LocalDate.of(2200, 1, 1), null)))).isEmpty();
    assertThat(refusals(() -> s.record(dated(signed, null, signed))))
        .containsExactly(new Violation("expiresOn", "agreement.expiresOn.beforeStart"));
    assertThat(
            refusals(
                () -> s.record(dated(signed, LocalDate.of(2021, 1, 1), LocalDate.of(2020, 6, 1)))))
        .containsExactly(new Violation("expiresOn", "agreement.expiresOn.beforeStart"));
    assertThat(refusals(() -> s.record(dated(signed, null, LocalDate.of(2201, 1, 1)))))
        .containsExactly(new Violation("expiresOn", "date.outOfRange"));
    assertThat(refusals(() -> s.record(dated(signed, null, LocalDate.of(2200, 12, 31))))).isEmpty();
    assertThat(refusals(() -> s.record(dated(signed, null, signed.plusDays(1))))).isEmpty();
  }

  @Test
  void theInstituteSeesEveryAgreementPartnerStaffTheirOwnConfidentialOnesOthersNoConfidentialOne() {
    recorded(agreement("Open", false, NTU, SCUT));
    recorded(agreement("Secret", true, SCUT, GKC));

    for (Caller c : List.of(TestCaller.admin(), TestCaller.council(), TestCaller.auditor())) {
      AgreementPage page = service(c).search(AgreementQuery.all(), 0, 10);
      assertThat(page.total()).as(c.name()).isEqualTo(2);
      assertThat(agreements.lastScope).isEqualTo(Scope.all());
    }

    assertThat(service(TestCaller.staffOf(3)).search(AgreementQuery.all(), 0, 10).total())
        .isEqualTo(2);
    assertThat(agreements.lastScope).isEqualTo(Scope.of(GKC));

    AgreementPage ntuView = service(TestCaller.staffOf(1)).search(AgreementQuery.all(), 0, 10);
    assertThat(ntuView.agreements()).extracting(AgreementView::title).containsExactly("Open");

    assertThat(service(TestCaller.coordinator()).search(AgreementQuery.all(), 0, 10).total())
        .isEqualTo(1);
    assertThat(agreements.lastScope).isEqualTo(Scope.none());
  }

  @Test
  void aConfidentialAgreementExistsOnlyForItsPartiesAndTheInstitute() {
    long secret = recorded(agreement("Secret", true, SCUT, GKC));
    long open = recorded(agreement("Open", false, NTU, SCUT));

    assertThat(service(TestCaller.staffOf(2)).find(secret)).isPresent();
    assertThat(service(TestCaller.council()).find(secret)).isPresent();
    assertThat(service(TestCaller.auditor()).find(secret)).isPresent();
    assertThat(service(TestCaller.staffOf(1)).find(secret)).isEmpty();
    assertThat(service(TestCaller.coordinator()).find(secret)).isEmpty();
    assertThat(service(TestCaller.coordinator()).find(open)).isPresent();
    assertThat(service(TestCaller.staffOf(1)).find(open).orElseThrow().title()).isEqualTo("Open");
    assertThat(service(TestCaller.admin()).find(99)).isEmpty();
  }

  @Test
  void nobodyReadsAgreementsWithoutSigningIn() {
    AgreementService s = service(TestCaller.anonymous());
    assertThatThrownBy(() -> s.search(AgreementQuery.all(), 0, 10))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> s.find(1)).isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> s.signedCopy(1)).isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void theSignedCopyIsStoredAuditedAndDownloadableByThoseWhoSeeTheAgreement() {
    long id = recorded(agreement("Secret", true, SCUT, GKC));
    assertThat(service(TestCaller.staffOf(2)).signedCopy(id)).isEmpty();

    AgreementView view =
        service(TestCaller.admin()).attachSignedCopy(id, 0L, "signed.pdf", new byte[] {1, 2, 3});

    assertThat(view.hasSignedCopy()).isTrue();
    assertThat(view.signedCopy().fileName()).isEqualTo("signed.pdf");
    assertThat(audit.entries.get(1))
        .isEqualTo(
            "AGREEMENT_SIGNED_COPY Agreement#1: signed copy signed.pdf (document 100, sha256 sha-signed.pdf)");
    assertThat(service(TestCaller.staffOf(2)).signedCopy(id).orElseThrow().content())
        .containsExactly(1, 2, 3);
    assertThat(service(TestCaller.staffOf(2)).signedCopy(id).orElseThrow().fileName())
        .isEqualTo("signed.pdf");
    assertThat(service(TestCaller.staffOf(1)).signedCopy(id)).isEmpty();
    assertThat(service(TestCaller.staffOf(2)).find(id).orElseThrow().signedCopy().id())
        .isEqualTo(100);
  }

  @Test
  void aListShowsWhetherACopyIsThereWithoutReadingIt() {
    long id = recorded(agreement("Open", false, NTU, SCUT));
    service(TestCaller.admin()).attachSignedCopy(id, 0L, "signed.pdf", new byte[] {1});

    AgreementView listed =
        service(TestCaller.admin()).search(AgreementQuery.all(), 0, 10).agreements().get(0);
    assertThat(listed.hasSignedCopy()).isTrue();
    assertThat(listed.signedCopy()).isNull();
  }

  @Test
  void aStaleVersionChangesNothing() {
    long id = recorded(agreement("Open", false, NTU, SCUT));
    AgreementService s = service(TestCaller.admin());

    assertThatThrownBy(() -> s.attachSignedCopy(id, 1L, "a.pdf", new byte[1]))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> s.terminate(id, 1L, TODAY)).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> s.terminate(id, null, TODAY)).isInstanceOf(ConflictException.class);
    assertThat(agreements.byId.get(id).terminatedOn()).isNull();
    assertThat(agreements.byId.get(id).documentId()).isNull();
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void theVersionReadIsTheOneChecked() {
    long id = recorded(agreement("Open", false, NTU, SCUT));
    Wiring.bumpVersion(agreements.byId.get(id));
    AgreementService s = service(TestCaller.admin());

    assertThatThrownBy(() -> s.terminate(id, 0L, TODAY)).isInstanceOf(ConflictException.class);
    assertThat(s.attachSignedCopy(id, 1L, "a.pdf", new byte[] {1}).version()).isEqualTo(1L);
    assertThat(s.terminate(id, 1L, TODAY).status()).isEqualTo(AgreementStatus.TERMINATED);
  }

  @Test
  void twentyPartiesAreTheMostThatAreChecked() {
    Set<PartnerId> twenty = new HashSet<>();
    for (long i = 1; i <= 20; i++) {
      twenty.add(new PartnerId(i));
    }
    NewAgreement a =
        new NewAgreement("Twenty", null, twenty, LocalDate.of(2016, 3, 1), null, null, false, null);
    assertThat(refusals(() -> service(TestCaller.admin()).record(a)))
        .containsExactly(new Violation("parties", "partner.unknown"));
  }

  @Test
  void terminationNeedsADateAndIsAudited() {
    long id = recorded(agreement("Open", false, NTU, SCUT));
    AgreementService s = service(TestCaller.admin());

    assertThat(refusals(() -> s.terminate(id, 0L, null)))
        .containsExactly(new Violation("terminatedOn", "agreement.terminatedOn.required"));

    AgreementView view = s.terminate(id, 0L, TODAY);
    assertThat(view.status()).isEqualTo(AgreementStatus.TERMINATED);
    assertThat(view.terminatedOn()).isEqualTo(TODAY);
    assertThat(audit.entries.get(1))
        .isEqualTo("AGREEMENT_TERMINATED Agreement#1: terminated on 2024-06-15");
  }

  @Test
  void anAgreementRecordedWithItsSignedCopyIsAuditedAsBoth() {
    AgreementView view =
        service(TestCaller.admin())
            .record(
                agreement("Founding", false, NTU, SCUT),
                new Agreements.SignedCopy("founding.pdf", new byte[] {7, 8}));

    assertThat(view.hasSignedCopy()).isTrue();
    assertThat(view.signedCopy().fileName()).isEqualTo("founding.pdf");
    assertThat(agreements.byId.get(view.id()).documentId()).isEqualTo(100L);
    assertThat(audit.entries)
        .containsExactly(
            "AGREEMENT_RECORDED Agreement#1: Founding, signed 2016-03-01, parties [1, 2]",
            "AGREEMENT_SIGNED_COPY Agreement#1: signed copy founding.pdf (document 100, sha256 sha-founding.pdf)");
    assertThat(service(TestCaller.staffOf(1)).signedCopy(view.id()).orElseThrow().content())
        .containsExactly(7, 8);
  }

  @Test
  void anAgreementRecordedWithoutACopyHasNone() {
    AgreementView view =
        service(TestCaller.admin()).record(agreement("Founding", false, NTU, SCUT), null);

    assertThat(view.hasSignedCopy()).isFalse();
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void onlyAnAdminRecordsAnAgreementWithItsCopyAndARefusalStoresNothing() {
    AgreementService s = service(TestCaller.staffOf(1));
    assertThatThrownBy(
            () ->
                s.record(
                    agreement("Founding", false, NTU, SCUT),
                    new Agreements.SignedCopy("founding.pdf", new byte[] {1})))
        .isInstanceOf(AccessRefusedException.class);
    AgreementService admin = service(TestCaller.admin());
    assertThat(
            refusals(
                () ->
                    admin.record(
                        agreement(" ", false, NTU, SCUT),
                        new Agreements.SignedCopy("founding.pdf", new byte[] {1}))))
        .containsExactly(new Violation("title", "agreement.title.required"));
    assertThat(agreements.byId).isEmpty();
    assertThat(documents.find(100)).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void aViewOffersAnAdminTheChangesStillOpenAndOthersNone() {
    long id = recorded(agreement("Open", false, NTU, SCUT));

    assertThat(service(TestCaller.admin()).find(id).orElseThrow().allowedActions())
        .containsExactlyInAnyOrder(AgreementAction.UPLOAD_SIGNED_COPY, AgreementAction.TERMINATE);
    assertThat(service(TestCaller.staffOf(1)).find(id).orElseThrow().allowedActions()).isEmpty();
    assertThat(
            service(TestCaller.council())
                .search(AgreementQuery.all(), 0, 10)
                .agreements()
                .get(0)
                .allowedActions())
        .isEmpty();

    AgreementView terminated = service(TestCaller.admin()).terminate(id, 0L, TODAY);
    assertThat(terminated.allowedActions()).containsExactly(AgreementAction.UPLOAD_SIGNED_COPY);
  }

  @Test
  void aRefusalNamesWhatWasRefused() {
    long id = recorded(agreement("Open", false, NTU, SCUT));
    AgreementService s = service(TestCaller.council());
    assertThatThrownBy(() -> s.terminate(id, 0L, TODAY))
        .hasMessage("not allowed: terminating an agreement");
    assertThatThrownBy(() -> s.attachSignedCopy(id, 0L, "a.pdf", new byte[1]))
        .hasMessage("not allowed: attaching a signed copy");
  }

  @Test
  void anUnknownAgreementIsNotFound() {
    AgreementService s = service(TestCaller.admin());
    assertThatThrownBy(() -> s.terminate(9, 0L, TODAY)).isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> s.attachSignedCopy(9, 0L, "a.pdf", new byte[1]))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(s.signedCopy(9)).isEmpty();
  }
}
