package org.institute.partners.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Violation;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.institute.partners.ContactPoint;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerChanges;
import org.institute.partners.PartnerDetails;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerQuery;
import org.institute.partners.PartnerRole;
import org.institute.partners.domain.Partner;
import org.junit.jupiter.api.Test;

class PartnerRegistryServiceTest {

  private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);
  private static final PartnerId GKC = new PartnerId(1);
  private static final ContactPoint LI = new ContactPoint("Li Wei", "Director", "li@gkc.cn", null);

  private final InMemoryPartners partners = new InMemoryPartners();
  private final RecordingAudit audit = new RecordingAudit();

  PartnerRegistryServiceTest() {
    partners.add(
        new Partner(
            new NewPartner(
                "GKC",
                "Guangzhou Knowledge City Co.",
                "广州知识城",
                PartnerKind.STATE_OWNED_COMPANY,
                "CN",
                "Guangzhou",
                Set.of(PartnerRole.CO_FOUNDER),
                List.of(LI)),
            LocalDate.of(2010, 1, 1),
            Instant.EPOCH));
  }

  private PartnerRegistryService service(Caller caller) {
    PartnerRegistryService s = new PartnerRegistryService();
    Wiring.inject(s, "partners", partners);
    Wiring.inject(s, "audit", audit);
    Wiring.inject(s, "policy", new PartnersPolicy(caller));
    Wiring.inject(
        s, "clock", Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    return s;
  }

  private static PartnerChanges rename(String en, String zh, LocalDate on) {
    return new PartnerChanges(0L, en, zh, on, null, null, null, null, null, null);
  }

  private PartnerDetails change(PartnerChanges changes) {
    return service(TestCaller.admin()).change(GKC, changes);
  }

  @Test
  void aRenameFromADateKeepsTheOldNameBeforeItAndIsAudited() {
    PartnerDetails d = change(rename(" CSGKC Investment Co. ", "中新知识城", LocalDate.of(2018, 6, 1)));

    assertThat(d.partner().nameEn()).isEqualTo("CSGKC Investment Co.");
    assertThat(d.nameHistory())
        .extracting(n -> n.nameEn())
        .containsExactly("Guangzhou Knowledge City Co.", "CSGKC Investment Co.");
    assertThat(audit.entries)
        .containsExactly(
            "PARTNER_CHANGED Partner#1: GKC: renamed from 2018-06-01: 'Guangzhou Knowledge City Co.' -> 'CSGKC Investment Co.'");
    assertThat(partners.flushes).isEqualTo(1);
  }

  @Test
  void aRenameWithoutADateTakesEffectToday() {
    PartnerDetails d = change(rename("CSGKC Investment Co.", null, null));
    assertThat(d.nameHistory().get(1).validFrom()).isEqualTo(TODAY);
  }

  @Test
  void aNewChineseNameAloneIsARename() {
    PartnerDetails d = change(rename(null, "中新广州知识城", LocalDate.of(2020, 1, 1)));
    assertThat(d.nameHistory()).hasSize(2);
    assertThat(d.partner().nameZh()).isEqualTo("中新广州知识城");
    assertThat(d.partner().nameEn()).isEqualTo("Guangzhou Knowledge City Co.");
  }

  @Test
  void theSameNamesAreNoRenameAndNothingIsAudited() {
    PartnerDetails d =
        change(rename(" Guangzhou Knowledge City Co. ", "广州知识城", TODAY.plusYears(5)));
    assertThat(d.nameHistory()).hasSize(1);
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void aRenameCannotBeDatedInTheFutureOrBefore1800() {
    assertThat(refusals(rename("New", null, TODAY.plusDays(1))))
        .containsExactly(new Violation("renamedOn", "date.outOfRange"));
    assertThat(refusals(rename("New", null, LocalDate.of(1799, 12, 31))))
        .containsExactly(new Violation("renamedOn", "date.outOfRange"));
    assertThat(refusals(rename("New", null, TODAY))).isEmpty();
  }

  private List<Violation> refusals(PartnerChanges changes) {
    try {
      change(changes);
    } catch (InvalidCommandException e) {
      return e.violations();
    }
    return List.of();
  }

  @Test
  void aRenameMayBeDatedBackTo1800WhenTheNameItReplacesIsThatOld() {
    // the service admits 1800; the partner itself refuses a date before its current name (2010)
    assertThat(refusals(rename("Old name", null, LocalDate.of(1800, 1, 1))))
        .containsExactly(new Violation("validFrom", "partner.rename.beforeCurrent"));
    assertThat(refusals(rename("Old name", null, LocalDate.of(1799, 12, 31))))
        .containsExactly(new Violation("renamedOn", "date.outOfRange"));
  }

  @Test
  void aChangeIsCheckedAgainstTheVersionTheAdminRead() {
    Wiring.bumpVersion(partners.byId.get(1L));
    assertThatThrownBy(() -> change(rename("New", null, null)))
        .isInstanceOf(ConflictException.class);
    PartnerDetails d =
        change(new PartnerChanges(1L, "New", null, null, null, null, null, null, null, null));
    assertThat(d.version()).isEqualTo(1L);
    assertThat(d.partner().nameEn()).isEqualTo("New");
  }

  @Test
  void badFieldsAreRefusedTogetherAndChangeNothing() {
    PartnerChanges bad =
        new PartnerChanges(
            0L,
            " ",
            null,
            null,
            null,
            "XX",
            "c".repeat(101),
            null,
            List.of(new ContactPoint("", null, null, null)),
            null);
    assertThat(refusals(bad))
        .extracting(Violation::field)
        .containsExactly("nameEn", "country", "city", "contacts[0].name");
    assertThat(audit.entries).isEmpty();
    assertThat(partners.byId.get(1L).summary().country()).isEqualTo("CN");
  }

  @Test
  void kindPlaceAndRolesAreChangedAndAuditedTogether() {
    PartnerDetails d =
        change(
            new PartnerChanges(
                0L,
                null,
                null,
                null,
                PartnerKind.PRIVATE_COMPANY,
                "SG",
                "Singapore",
                EnumSet.of(PartnerRole.LICENSEE),
                null,
                null));

    assertThat(d.partner().kind()).isEqualTo(PartnerKind.PRIVATE_COMPANY);
    assertThat(d.partner().city()).isEqualTo("Singapore");
    assertThat(audit.entries)
        .containsExactly(
            "PARTNER_CHANGED Partner#1: GKC: kind PRIVATE_COMPANY, place Singapore SG, roles [LICENSEE]");
  }

  @Test
  void eachDescriptiveFieldAloneCountsAsAChange() {
    change(
        new PartnerChanges(0L, null, null, null, PartnerKind.OTHER, null, null, null, null, null));
    change(new PartnerChanges(0L, null, null, null, null, "SG", null, null, null, null));
    change(new PartnerChanges(0L, null, null, null, null, null, "Foshan", null, null, null));
    change(new PartnerChanges(0L, null, null, null, null, null, null, Set.of(), null, null));
    assertThat(audit.entries).hasSize(4);
    assertThat(audit.entries.get(3)).endsWith("roles []");
  }

  @Test
  void contactsAreReplacedOnlyWhenTheyDiffer() {
    change(new PartnerChanges(0L, null, null, null, null, null, null, null, List.of(LI), null));
    assertThat(audit.entries).isEmpty();

    PartnerDetails d =
        change(
            new PartnerChanges(
                0L,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                List.of(LI, new ContactPoint("Zhou", null, null, null)),
                null));
    assertThat(d.contacts()).hasSize(2);
    assertThat(audit.entries).containsExactly("PARTNER_CHANGED Partner#1: GKC: 2 contact point(s)");
  }

  @Test
  void aPartnerIsDeactivatedAndActivatedWithAnAuditEntryEachTime() {
    change(new PartnerChanges(0L, null, null, null, null, null, null, null, null, true));
    assertThat(audit.entries).isEmpty();

    assertThat(
            change(new PartnerChanges(0L, null, null, null, null, null, null, null, null, false))
                .partner()
                .active())
        .isFalse();
    assertThat(
            change(new PartnerChanges(0L, null, null, null, null, null, null, null, null, true))
                .partner()
                .active())
        .isTrue();
    assertThat(audit.entries)
        .containsExactly(
            "PARTNER_CHANGED Partner#1: GKC: deactivated",
            "PARTNER_CHANGED Partner#1: GKC: activated");
  }

  @Test
  void onlyAnAdminChangesAPartnerAndOnlyTheVersionItRead() {
    PartnerChanges changes = rename("New", null, null);
    for (Caller c : List.of(TestCaller.staffOf(1), TestCaller.council(), TestCaller.auditor())) {
      assertThatThrownBy(() -> service(c).change(GKC, changes))
          .isInstanceOf(AccessRefusedException.class);
    }
    assertThatThrownBy(
            () ->
                change(
                    new PartnerChanges(3L, "New", null, null, null, null, null, null, null, null)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> service(TestCaller.admin()).change(new PartnerId(9), changes))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void theDirectoryIsReadBySignedInUsersOnly() {
    PartnerRegistryService staff = service(TestCaller.staffOf(1));
    assertThat(staff.search(PartnerQuery.all(), 0, 10).total()).isEqualTo(1);
    assertThat(staff.search(PartnerQuery.all(), 0, 10).partners())
        .extracting(p -> p.code())
        .containsExactly("GKC");
    PartnerDetails d = staff.details(GKC).orElseThrow();
    assertThat(d.contacts()).containsExactly(LI);
    assertThat(d.createdAt()).isEqualTo(Instant.EPOCH);
    assertThat(staff.details(new PartnerId(5))).isEmpty();

    PartnerRegistryService nobody = service(TestCaller.anonymous());
    assertThatThrownBy(() -> nobody.search(PartnerQuery.all(), 0, 10))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> nobody.details(GKC)).isInstanceOf(AccessRefusedException.class);
  }
}
