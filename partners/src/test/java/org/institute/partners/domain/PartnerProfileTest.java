package org.institute.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.institute.partners.ContactPoint;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;
import org.junit.jupiter.api.Test;

class PartnerProfileTest {

  private static final Instant CREATED = Instant.parse("2015-11-02T08:00:00Z");

  private static Partner ntu() {
    return Persisted.withId(unsaved(), 1);
  }

  private static Partner unsaved() {
    return new Partner(
        new NewPartner(
            "NTU",
            "  Nanyang Technological University ",
            " 南洋理工大学 ",
            PartnerKind.UNIVERSITY,
            "SG",
            " Singapore ",
            Set.of(PartnerRole.CO_FOUNDER, PartnerRole.LICENSEE),
            List.of(new ContactPoint(" Tan Mei ", "IP office", "mei@ntu.edu.sg", "+65 6790 0000"))),
        LocalDate.of(1991, 7, 1),
        CREATED);
  }

  @Test
  void aNewPartnerIsActiveWithItsTrimmedNamesPlaceRolesAndContacts() {
    assertThat(unsaved().id()).isEmpty();
    Partner partner = ntu();

    PartnerSummary s = partner.summary();
    assertThat(partner.id()).contains(1L);
    assertThat(s.code()).isEqualTo("NTU");
    assertThat(s.nameEn()).isEqualTo("Nanyang Technological University");
    assertThat(s.nameZh()).isEqualTo("南洋理工大学");
    assertThat(s.kind()).isEqualTo(PartnerKind.UNIVERSITY);
    assertThat(s.country()).isEqualTo("SG");
    assertThat(s.city()).isEqualTo("Singapore");
    assertThat(s.roles()).containsExactlyInAnyOrder(PartnerRole.CO_FOUNDER, PartnerRole.LICENSEE);
    assertThat(s.active()).isTrue();
    assertThat(partner.active()).isTrue();
    assertThat(partner.code()).isEqualTo("NTU");
    assertThat(partner.createdAt()).isEqualTo(CREATED);
    assertThat(partner.contacts())
        .containsExactly(
            new ContactPoint("Tan Mei", "IP office", "mei@ntu.edu.sg", "+65 6790 0000"));
    assertThat(partner.nameHistory()).hasSize(1);
    assertThat(partner.nameHistory().get(0).validFrom()).isEqualTo(LocalDate.of(1991, 7, 1));
    assertThat(partner.nameHistory().get(0).nameEn()).isEqualTo("Nanyang Technological University");
  }

  @Test
  void aPartnerWithoutRolesHasAnEmptySetItCanLaterFill() {
    Partner partner =
        Persisted.withId(
            new Partner(
                new NewPartner(
                    "YDPG", "Yubei District", null, PartnerKind.GOVERNMENT_BODY, "CN", "Chongqing"),
                LocalDate.of(2019, 1, 1),
                CREATED),
            2);
    assertThat(partner.summary().roles()).isEmpty();

    partner.describe(
        PartnerKind.GOVERNMENT_BODY, "CN", "Chongqing", EnumSet.of(PartnerRole.INTERNSHIP_HOST));

    assertThat(partner.summary().roles()).containsExactly(PartnerRole.INTERNSHIP_HOST);
  }

  @Test
  void describingReplacesKindPlaceAndRoles() {
    Partner partner = ntu();

    partner.describe(
        PartnerKind.OTHER, "CN", "  Chongqing  ", EnumSet.of(PartnerRole.CHONGQING_BASE_HOST));

    PartnerSummary s = partner.summary();
    assertThat(s.kind()).isEqualTo(PartnerKind.OTHER);
    assertThat(s.country()).isEqualTo("CN");
    assertThat(s.city()).isEqualTo("Chongqing");
    assertThat(s.roles()).containsExactly(PartnerRole.CHONGQING_BASE_HOST);
  }

  @Test
  void describingWithoutAKindACountryOrACityIsRefused() {
    Partner partner = ntu();
    Set<PartnerRole> none = Set.of();
    assertThatThrownBy(() -> partner.describe(null, "SG", "Singapore", none))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> partner.describe(PartnerKind.UNIVERSITY, null, "Singapore", none))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> partner.describe(PartnerKind.UNIVERSITY, "SG", null, none))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void contactsAreReplacedAsAWhole() {
    Partner partner = ntu();

    partner.replaceContacts(
        List.of(
            new ContactPoint("Li Wei", null, null, null),
            new ContactPoint(" Chen Jing ", "Legal", "jing@ntu.edu.sg", null)));

    assertThat(partner.contacts())
        .containsExactly(
            new ContactPoint("Li Wei", null, null, null),
            new ContactPoint("Chen Jing", "Legal", "jing@ntu.edu.sg", null));
  }

  @Test
  void aPartnerCanBeDeactivatedAndActivatedAgain() {
    Partner partner = ntu();

    partner.deactivate();
    assertThat(partner.active()).isFalse();
    assertThat(partner.summary().active()).isFalse();

    partner.activate();
    assertThat(partner.active()).isTrue();
  }

  @Test
  void aRenameBecomesTheCurrentNameTrimmedWithABlankChineseNameAsNone() {
    Partner partner = ntu();

    partner.rename("  NTU Singapore ", "   ", LocalDate.of(2020, 1, 1));

    assertThat(partner.summary().nameEn()).isEqualTo("NTU Singapore");
    assertThat(partner.summary().nameZh()).isNull();
    assertThat(partner.nameOn(LocalDate.of(2020, 1, 1)).nameEn()).isEqualTo("NTU Singapore");
    assertThat(partner.nameOn(LocalDate.of(2020, 1, 1)).nameZh()).isNull();
    assertThat(partner.nameOn(LocalDate.of(2019, 12, 31)).nameZh()).isEqualTo("南洋理工大学");
  }

  @Test
  void aCorrectionOnTheDateOfTheLatestNameKeepsTheEarlierNames() {
    Partner partner = ntu();
    partner.rename("NTU Singapore", null, LocalDate.of(2020, 1, 1));

    partner.rename("NTU, Singapore", null, LocalDate.of(2020, 1, 1));

    assertThat(partner.nameHistory())
        .extracting(n -> n.nameEn())
        .containsExactly("Nanyang Technological University", "NTU, Singapore");
  }

  @Test
  void aRenameNeedsADate() {
    assertThatThrownBy(() -> ntu().rename("NTU Singapore", null, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void theNameHistoryIsInDateOrderWhateverOrderTheRenamesCameIn() {
    Partner partner = ntu();
    partner.rename("Second", null, LocalDate.of(2000, 1, 1));
    partner.rename("Third", null, LocalDate.of(2010, 1, 1));

    assertThat(partner.nameHistory())
        .extracting(n -> n.nameEn())
        .containsExactly("Nanyang Technological University", "Second", "Third");
    assertThat(partner.nameOn(LocalDate.of(2009, 12, 31)).nameEn()).isEqualTo("Second");
    assertThat(partner.nameOn(LocalDate.of(2010, 1, 1)).nameEn()).isEqualTo("Third");
  }
}
