package org.institute.partners.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerName;
import org.institute.partners.PartnerRole;
import org.junit.jupiter.api.Test;

class PartnerTest {

  private static Partner gkc() {
    return new Partner(
        new NewPartner(
            "GKC",
            "Guangzhou Knowledge City Investment and Development Co., Ltd",
            "广州知识城投资开发有限公司",
            PartnerKind.STATE_OWNED_COMPANY,
            "CN",
            "Guangzhou",
            Set.of(PartnerRole.CO_FOUNDER),
            List.of()),
        LocalDate.of(2014, 6, 1),
        Instant.parse("2026-11-28T00:00:00Z"));
  }

  @Test
  void aRenameKeepsTheOldNameForEarlierDates() {
    Partner partner = gkc();
    partner.rename(
        "CSGKC Investment and Development Co., Ltd", "中新广州知识城投资开发有限公司", LocalDate.of(2018, 6, 1));

    assertThat(partner.nameOn(LocalDate.of(2015, 11, 2)).nameEn())
        .isEqualTo("Guangzhou Knowledge City Investment and Development Co., Ltd");
    assertThat(partner.nameOn(LocalDate.of(2018, 5, 31)).nameEn()).startsWith("Guangzhou");
    assertThat(partner.nameOn(LocalDate.of(2018, 6, 1)).nameEn()).startsWith("CSGKC");
    assertThat(partner.nameOn(LocalDate.of(2030, 1, 1)).nameEn()).startsWith("CSGKC");
    assertThat(partner.nameHistory())
        .extracting(PartnerName::validFrom)
        .containsExactly(LocalDate.of(2014, 6, 1), LocalDate.of(2018, 6, 1));
  }

  @Test
  void beforeTheFirstRecordedNameTheFirstNameStands() {
    assertThat(gkc().nameOn(LocalDate.of(2000, 1, 1)).nameEn()).startsWith("Guangzhou");
  }

  @Test
  void aRenameOnTheSameDateCorrectsThatNameInsteadOfAddingOne() {
    Partner partner = gkc();
    partner.rename(
        "Guangzhou Knowledge City Investment & Development Co., Ltd",
        null,
        LocalDate.of(2014, 6, 1));

    assertThat(partner.nameHistory()).hasSize(1);
    assertThat(partner.nameOn(LocalDate.of(2015, 1, 1)).nameZh()).isNull();
  }

  @Test
  void aRenameCannotPredateTheCurrentName() {
    Partner partner = gkc();
    partner.rename("CSGKC Investment and Development Co., Ltd", null, LocalDate.of(2018, 6, 1));

    assertThatThrownBy(() -> partner.rename("Earlier", null, LocalDate.of(2017, 1, 1)))
        .isInstanceOf(InvalidCommandException.class)
        .satisfies(
            e ->
                assertThat(((InvalidCommandException) e).violations().get(0).messageKey())
                    .isEqualTo("partner.rename.beforeCurrent"));
  }

  @Test
  void theChineseNameIsOptionalAndBlankMeansNone() {
    Partner partner =
        new Partner(
            new NewPartner(
                "ACME", "Acme Co., Ltd", "  ", PartnerKind.PRIVATE_COMPANY, "CN", "Foshan"),
            LocalDate.of(2020, 1, 1),
            Instant.EPOCH);
    assertThat(partner.nameOn(LocalDate.of(2021, 1, 1)).nameZh()).isNull();
    assertThat(partner.nameOn(LocalDate.of(2021, 1, 1)).name("zh-CN")).isEqualTo("Acme Co., Ltd");
  }
}
