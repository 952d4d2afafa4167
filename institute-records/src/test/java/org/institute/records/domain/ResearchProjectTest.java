package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.licensing.PatentFamilyRef;
import org.institute.records.Investigator;
import org.institute.records.NewProject;
import org.institute.records.ProjectStatus;
import org.institute.records.ProjectView;
import org.junit.jupiter.api.Test;

class ResearchProjectTest {

  private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
  private static final LocalDate START = LocalDate.of(2024, 1, 15);
  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId SCUT = new PartnerId(2);
  private static final PartnerId CHANGAN = new PartnerId(9);

  private static ResearchProject project(String titleZh, String approval) {
    return Stored.withVersion(
        Stored.withId(
            new ResearchProject(
                new NewProject(
                    " Grid forecasting ",
                    titleZh,
                    5L,
                    List.of(
                        new Investigator(" Prof. Lee ", NTU), new Investigator("Prof. Wu", SCUT)),
                    Set.of(CHANGAN),
                    START,
                    LocalDate.of(2026, 1, 14),
                    "1250000.50",
                    "SGD",
                    ProjectStatus.ACTIVE,
                    approval),
                Money.of("1250000.50", "SGD"),
                NOW)),
        2);
  }

  @Test
  void theProjectsPartnersIncludeThoseOfItsInvestigators() {
    ResearchProject p = project(null, null);

    assertThat(p.involves(NTU)).isTrue();
    assertThat(p.involves(SCUT)).isTrue();
    assertThat(p.involves(CHANGAN)).isTrue();
    assertThat(p.involves(new PartnerId(4))).isFalse();
    assertThat(p.view("C1", false, List.of()).partners())
        .containsExactlyInAnyOrder(NTU, SCUT, CHANGAN);
  }

  @Test
  void theBudgetIsKeptToTheCent() {
    ResearchProject p = project(null, null);

    assertThat(p.budget()).isEqualTo(Money.of("1250000.50", "SGD"));
    ProjectView view = p.view("C1", false, List.of());
    assertThat(view.budgetAmount()).isEqualByComparingTo("1250000.50");
    assertThat(view.budgetCurrency()).isEqualTo("SGD");
    assertThat(view.budget()).isEqualTo(Money.of("1250000.50", "SGD").toString());
  }

  @Test
  void aProjectKeepsItsTitlesAndApprovalTrimmed() {
    ResearchProject p = project(" 电网预测 ", " CNCL-2024-07 ");

    ProjectView view = p.view("C1", true, List.of());

    assertThat(p.titleEn()).isEqualTo("Grid forecasting");
    assertThat(view.titleEn()).isEqualTo("Grid forecasting");
    assertThat(view.titleZh()).isEqualTo("电网预测");
    assertThat(view.approvalReference()).isEqualTo("CNCL-2024-07");
    assertThat(p.centreId()).isEqualTo(5);
    assertThat(view.centreId()).isEqualTo(5);
    assertThat(view.centreCode()).isEqualTo("C1");
    assertThat(p.startDate()).isEqualTo(START);
    assertThat(view.startDate()).isEqualTo(START);
    assertThat(view.endDate()).isEqualTo(LocalDate.of(2026, 1, 14));
    assertThat(p.status()).isEqualTo(ProjectStatus.ACTIVE);
    assertThat(view.status()).isEqualTo(ProjectStatus.ACTIVE);
    assertThat(view.id()).isEqualTo(p.id());
    assertThat(view.version()).isEqualTo(2);
  }

  @Test
  void blankOptionalTextsAreNothing() {
    ProjectView view = project(" ", "  ").view("C1", true, List.of());

    assertThat(view.titleZh()).isNull();
    assertThat(view.approvalReference()).isNull();
  }

  @Test
  void anInvestigatorsOrcidIdIsKeptInNormalForm() {
    ResearchProject p =
        Stored.withVersion(
            Stored.withId(
                new ResearchProject(
                    new NewProject(
                        "Grid forecasting",
                        null,
                        5L,
                        List.of(
                            new Investigator(
                                "Prof. Lee", NTU, "https://orcid.org/0000-0002-1694-233x"),
                            new Investigator("Prof. Wu", SCUT, null)),
                        Set.of(),
                        START,
                        LocalDate.of(2026, 1, 14),
                        "1",
                        "SGD",
                        ProjectStatus.ACTIVE,
                        null),
                    Money.of("1", "SGD"),
                    NOW)),
            2);

    assertThat(p.view("C1", true, List.of()).investigators())
        .containsExactly(
            new Investigator("Prof. Lee", NTU, "0000-0002-1694-233X"),
            new Investigator("Prof. Wu", SCUT, null));
  }

  @Test
  void investigatorsAreShownInTheirOrderOnlyWhenAskedFor() {
    ResearchProject p = project(null, null);

    assertThat(p.view("C1", true, List.of()).investigators())
        .containsExactly(new Investigator("Prof. Lee", NTU), new Investigator("Prof. Wu", SCUT));
    assertThat(p.view("C1", false, List.of()).investigators()).isEmpty();
  }

  @Test
  void theViewCarriesThePatentFamiliesItIsGiven() {
    PatentFamilyRef family = new PatentFamilyRef(7, "PF-7", "Inverter");

    assertThat(project(null, null).view("C1", true, List.of(family)).patentFamilies())
        .containsExactly(family);
  }
}
