package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.records.Investigator;
import org.institute.records.NewProject;
import org.institute.records.NewPublication;
import org.institute.records.ProjectStatus;
import org.institute.records.domain.ResearchRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The field rules of research records, with a repository that knows centre 1, project 7 and one
 * DOI.
 */
class ResearchRulesTest {

  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId UNKNOWN = new PartnerId(99);
  private ResearchRules rules;

  @BeforeEach
  void wire() throws Exception {
    ResearchRepository records =
        (ResearchRepository)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ResearchRepository.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "centre" ->
                          ((Long) args[0]) == 1L ? Optional.of(new Object()) : Optional.empty();
                      case "project" ->
                          ((Long) args[0]) == 7L ? Optional.of(new Object()) : Optional.empty();
                      case "doiTaken" -> "10.1109/taken.1".equals(args[0]);
                      case "centreByCode" -> Optional.empty();
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    KnownPartners known = partner -> partner.equals(NTU);
    rules = new ResearchRules();
    set("records", records);
    set("knownPartners", known);
    set("clock", Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
  }

  private void set(String name, Object value) throws Exception {
    Field f = ResearchRules.class.getDeclaredField(name);
    f.setAccessible(true);
    f.set(rules, value);
  }

  private static NewProject project(
      String amount, String currency, ProjectStatus status, String reference, LocalDate end) {
    return new NewProject(
        "Edge AI for smart parks",
        "智慧园区边缘人工智能",
        1L,
        List.of(new Investigator("Prof. Tan", NTU)),
        Set.of(),
        LocalDate.of(2023, 1, 1),
        end,
        amount,
        currency,
        status,
        reference);
  }

  private static List<String> violations(Runnable check) {
    try {
      check.run();
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
    return List.of();
  }

  @Test
  void aValidProjectGivesItsBudgetAsMoney() {
    Money budget =
        rules.checkProject(
            project(
                "480000.5", "SGD", ProjectStatus.APPROVED, "GC-2022-03", LocalDate.of(2025, 1, 1)));
    assertThat(budget).isEqualTo(Money.of("480000.50", "SGD"));
  }

  @Test
  void anApprovedProjectNeedsAWellFormedCouncilDecision() {
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project("1", "CNY", ProjectStatus.ACTIVE, null, LocalDate.of(2025, 1, 1)))))
        .containsExactly("approvalReference:project.approvalReference.required");
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project(
                            "1",
                            "CNY",
                            ProjectStatus.ACTIVE,
                            "council 2020",
                            LocalDate.of(2025, 1, 1)))))
        .containsExactly("approvalReference:project.approvalReference.invalid");
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project(
                            "1",
                            "CNY",
                            ProjectStatus.PROPOSED,
                            "GC-2020-02",
                            LocalDate.of(2025, 1, 1)))))
        .containsExactly("approvalReference:project.approvalReference.notYet");
  }

  @Test
  void everyProblemOfAProjectIsReportedAtOnce() {
    NewProject bad =
        new NewProject(
            " ",
            null,
            5L,
            List.of(new Investigator("", UNKNOWN)),
            Set.of(UNKNOWN),
            LocalDate.of(2023, 1, 1),
            LocalDate.of(2022, 1, 1),
            "-5",
            "USD",
            null,
            null);
    assertThat(violations(() -> rules.checkProject(bad)))
        .containsExactlyInAnyOrder(
            "titleEn:field.required",
            "centre:project.centre.unknown",
            "investigators[0].name:field.required",
            "investigators[0].partner:partner.unknown",
            "partners:partner.unknown",
            "endDate:project.endDate.beforeStart",
            "budgetAmount:amount.outOfRange",
            "budgetCurrency:currency.unsupported",
            "status:project.status.required");
  }

  @Test
  void budgetsHoldAtMostCentsAndAreNumbers() {
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project(
                            "10.005",
                            "SGD",
                            ProjectStatus.PROPOSED,
                            null,
                            LocalDate.of(2025, 1, 1)))))
        .containsExactly("budgetAmount:amount.outOfRange");
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project(
                            "ten", "SGD", ProjectStatus.PROPOSED, null, LocalDate.of(2025, 1, 1)))))
        .containsExactly("budgetAmount:amount.invalid");
  }

  @Test
  void aPublicationsDoiIsNormalisedAndUnique() {
    assertThat(
            rules.checkPublication(
                new NewPublication("T", "J", 2024, "https://doi.org/10.1109/NEW.2", "A", 7L)))
        .isEqualTo("10.1109/new.2");
    assertThat(
            violations(
                () ->
                    rules.checkPublication(
                        new NewPublication("T", "J", 2024, "10.1109/TAKEN.1", "A", 7L))))
        .containsExactly("doi:publication.doi.taken");
  }

  @Test
  void aPublicationFromTheFutureOrOfNoProjectIsRefused() {
    assertThat(
            violations(
                () ->
                    rules.checkPublication(
                        new NewPublication("T", "J", 2027, "10.1109/x.3", "A", 8L))))
        .containsExactlyInAnyOrder(
            "year:publication.year.outOfRange", "project:publication.project.unknown");
    assertThatThrownBy(
            () -> rules.checkPublication(new NewPublication(null, null, null, null, null, null)))
        .isInstanceOf(InvalidCommandException.class);
  }
}
