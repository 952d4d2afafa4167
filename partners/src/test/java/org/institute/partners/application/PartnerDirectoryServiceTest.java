package org.institute.partners.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.Violation;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerLabel;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;
import org.junit.jupiter.api.Test;

class PartnerDirectoryServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  private static final Clock CLOCK =
      Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

  private final InMemoryPartners partners = new InMemoryPartners();
  private final RecordingAudit audit = new RecordingAudit();

  private PartnerDirectoryService service(Caller caller) {
    PartnerDirectoryService s = new PartnerDirectoryService();
    Wiring.inject(s, "partners", partners);
    Wiring.inject(s, "rules", Wiring.inject(new PartnerRules(), "partners", partners));
    Wiring.inject(s, "audit", audit);
    Wiring.inject(s, "policy", new PartnersPolicy(caller));
    Wiring.inject(s, "clock", CLOCK);
    return s;
  }

  private static NewPartner partner(String code, LocalDate knownSince, PartnerRole... roles) {
    return new NewPartner(
        code,
        code + " Ltd",
        null,
        PartnerKind.PRIVATE_COMPANY,
        "CN",
        "Chongqing",
        Set.of(roles),
        List.of(),
        knownSince);
  }

  private PartnerSummary registered(String code, PartnerRole... roles) {
    return service(TestCaller.admin()).register(partner(code, LocalDate.of(2019, 1, 1), roles));
  }

  @Test
  void anAdminRegistersAPartnerKnownSinceTheDateGivenAndItIsAudited() {
    PartnerSummary s =
        service(TestCaller.admin())
            .register(partner("YB-TECH", LocalDate.of(2019, 3, 1), PartnerRole.INTERNSHIP_HOST));

    assertThat(s.id()).isEqualTo(new PartnerId(1));
    assertThat(partners.byId.get(1L).nameHistory().get(0).validFrom())
        .isEqualTo(LocalDate.of(2019, 3, 1));
    assertThat(partners.flushes).isEqualTo(1);
    assertThat(audit.entries)
        .containsExactly(
            "PARTNER_REGISTERED Partner#1: YB-TECH YB-TECH Ltd (PRIVATE_COMPANY, roles [INTERNSHIP_HOST])");
  }

  @Test
  void withoutADateThePartnerIsKnownFromToday() {
    service(TestCaller.admin()).register(partner("YB-TECH", null));
    assertThat(partners.byId.get(1L).nameHistory().get(0).validFrom()).isEqualTo(TODAY);
  }

  @Test
  void aRegistrationBreakingARuleRegistersNothing() {
    registered("YB-TECH");
    assertThatThrownBy(() -> service(TestCaller.admin()).register(partner("YB-TECH", null)))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("code", "partner.code.taken")));
    assertThat(partners.byId).hasSize(1);
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void onlyAnAdminRegisters() {
    for (Caller c :
        List.of(TestCaller.staffOf(1), TestCaller.council(), TestCaller.coordinator())) {
      assertThatThrownBy(() -> service(c).register(partner("YB-TECH", null)))
          .isInstanceOf(AccessRefusedException.class);
    }
    assertThat(partners.byId).isEmpty();
  }

  @Test
  void partnerStaffActForTheirOwnPartnerOnlyAndAdminsForAny() {
    registered("NTU");
    PartnerId scut = registered("SCUT").id();
    PartnerId ntu = new PartnerId(1);

    assertThat(service(TestCaller.staffOf(1)).requireMayActFor(ntu, "licensor").code())
        .isEqualTo("NTU");
    assertThat(service(TestCaller.admin()).requireMayActFor(scut, "licensor").code())
        .isEqualTo("SCUT");
    assertThatThrownBy(() -> service(TestCaller.staffOf(1)).requireMayActFor(scut, "licensor"))
        .isInstanceOf(AccessRefusedException.class)
        .hasMessageContaining("SCUT");
    assertThatThrownBy(() -> service(TestCaller.coordinator()).requireMayActFor(ntu, "licensor"))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> service(TestCaller.council()).requireMayActFor(ntu, "licensor"))
        .isInstanceOf(AccessRefusedException.class);

    assertThat(service(TestCaller.staffOf(1)).mayActFor(ntu)).isTrue();
    assertThat(service(TestCaller.staffOf(1)).mayActFor(scut)).isFalse();
    assertThat(service(TestCaller.admin()).mayActFor(scut)).isTrue();
  }

  @Test
  void anUnknownPartnerIsRefusedBesideTheFieldThatNamedIt() {
    assertThatThrownBy(
            () -> service(TestCaller.admin()).requireMayActFor(new PartnerId(7), "licensee"))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("licensee", "partner.unknown")));
  }

  @Test
  void partnersAreFoundByIdCodeAndRoleWithTheirNameOnADate() {
    registered("NTU", PartnerRole.CO_FOUNDER);
    registered("YB-TECH", PartnerRole.INTERNSHIP_HOST);
    PartnerDirectoryService s = service(TestCaller.coordinator());

    assertThat(s.find(new PartnerId(2)).orElseThrow().code()).isEqualTo("YB-TECH");
    assertThat(s.find(new PartnerId(3))).isEmpty();
    assertThat(s.findByCode("NTU").orElseThrow().id()).isEqualTo(new PartnerId(1));
    assertThat(s.findByCode("SCUT")).isEmpty();
    assertThat(s.all()).extracting(PartnerSummary::code).containsExactly("NTU", "YB-TECH");
    assertThat(s.withRole(PartnerRole.INTERNSHIP_HOST))
        .extracting(PartnerSummary::code)
        .containsExactly("YB-TECH");
    assertThat(s.nameOn(new PartnerId(1), TODAY).orElseThrow().nameEn()).isEqualTo("NTU Ltd");
    assertThat(s.nameOn(new PartnerId(9), TODAY)).isEmpty();
  }

  @Test
  void labelsNameTheAskedPartnersOnlyAndEveryPartnerWhenNoneAreAsked() {
    registered("YB-TECH", PartnerRole.INTERNSHIP_HOST);
    registered("NTU", PartnerRole.CO_FOUNDER);
    registered("SCUT", PartnerRole.CO_FOUNDER);
    PartnerDirectoryService s = service(TestCaller.coordinator());

    assertThat(s.labels(Set.of(new PartnerId(2), new PartnerId(9))))
        .containsExactly(new PartnerLabel(new PartnerId(2), "NTU", "NTU Ltd", null));
    assertThat(s.labels(Set.of())).isEmpty();
    assertThat(s.labels()).extracting(PartnerLabel::code).containsExactly("NTU", "SCUT", "YB-TECH");
  }

  @Test
  void theCoreLearnsWhichPartnersExist() {
    registered("NTU");
    KnownPartnersFromRegistry known =
        Wiring.inject(new KnownPartnersFromRegistry(), "partners", partners);
    assertThat(known.exists(new PartnerId(1))).isTrue();
    assertThat(known.exists(new PartnerId(2))).isFalse();
  }
}
