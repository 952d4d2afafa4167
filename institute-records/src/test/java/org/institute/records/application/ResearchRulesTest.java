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
import org.institute.records.CentreKind;
import org.institute.records.Investigator;
import org.institute.records.NewCentre;
import org.institute.records.NewProject;
import org.institute.records.NewPublication;
import org.institute.records.ProjectStatus;
import org.institute.records.domain.Publication;
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
                      case "publicationByDoi" ->
                          "10.1109/taken.1".equals(args[0])
                              ? Optional.of(publicationNumbered(5L))
                              : Optional.empty();
                      case "centreByCode" ->
                          "TAKEN".equals(args[0]) ? Optional.of(new Object()) : Optional.empty();
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

  private static NewCentre centre(String code, Set<PartnerId> partners, Integer space) {
    return new NewCentre(
        code, "Grid lab", "电网实验室", CentreKind.RD_CENTRE, NTU, partners, null, space);
  }

  private static NewProject project(
      String title, List<Investigator> investigators, Set<PartnerId> partners, LocalDate start) {
    return new NewProject(
        title,
        null,
        1L,
        investigators,
        partners,
        start,
        LocalDate.of(2200, 12, 31),
        "1",
        "SGD",
        ProjectStatus.PROPOSED,
        null);
  }

  private static Set<PartnerId> partners(int n) {
    return java.util.stream.LongStream.rangeClosed(1, n)
        .mapToObj(PartnerId::new)
        .collect(java.util.stream.Collectors.toSet());
  }

  private static List<Investigator> investigators(int n) {
    return java.util.stream.IntStream.range(0, n)
        .mapToObj(i -> new Investigator("PI " + i, NTU))
        .toList();
  }

  @Test
  void aCentreWithAWellFormedFreeCodeAndKnownPartnersPasses() {
    assertThat(violations(() -> rules.checkCentre(centre("JRC-EV1", Set.of(NTU), 0)))).isEmpty();
    assertThat(violations(() -> rules.checkCentre(centre("AB", Set.of(), 1_000_000)))).isEmpty();
    assertThat(violations(() -> rules.checkCentre(centre("ABCDEFGHIJKLMNOP", null, null))))
        .isEmpty();
  }

  @Test
  void aCentreCodeIsTwoToSixteenCapitalsDigitsOrDashesAndNotTaken() {
    for (String bad : new String[] {null, "A", "ABCDEFGHIJKLMNOPQ", "jrc-ev", "JRC EV"}) {
      assertThat(violations(() -> rules.checkCentre(centre(bad, Set.of(), null))))
          .as(String.valueOf(bad))
          .containsExactly("code:centre.code.invalid");
    }
    assertThat(violations(() -> rules.checkCentre(centre("TAKEN", Set.of(), null))))
        .containsExactly("code:centre.code.taken");
  }

  @Test
  void aCentresSpaceRunsFromNoneToAMillionSquareMetres() {
    assertThat(violations(() -> rules.checkCentre(centre("C1", Set.of(), -1))))
        .containsExactly("spaceSqm:field.outOfRange");
    assertThat(violations(() -> rules.checkCentre(centre("C1", Set.of(), 1_000_001))))
        .containsExactly("spaceSqm:field.outOfRange");
  }

  @Test
  void everyProblemOfACentreIsReportedAtOnce() {
    NewCentre bad =
        new NewCentre("C1", " ", "名".repeat(301), null, UNKNOWN, Set.of(UNKNOWN), null, null);
    assertThat(violations(() -> rules.checkCentre(bad)))
        .containsExactly(
            "nameEn:field.required",
            "nameZh:field.tooLong",
            "kind:centre.kind.required",
            "leadPartner:partner.unknown",
            "partners:partner.unknown");
    NewCentre noLead =
        new NewCentre("C1", "n".repeat(301), null, CentreKind.RD_CENTRE, null, null, null, null);
    assertThat(violations(() -> rules.checkCentre(noLead)))
        .containsExactly("nameEn:field.tooLong", "leadPartner:centre.leadPartner.required");
  }

  @Test
  void aCentreOrProjectNamesAtMost20Partners() {
    KnownPartners all = partner -> true;
    try {
      set("knownPartners", all);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    assertThat(violations(() -> rules.checkCentre(centre("C1", partners(20), null)))).isEmpty();
    assertThat(violations(() -> rules.checkCentre(centre("C1", partners(21), null))))
        .containsExactly("partners:field.tooMany");
  }

  @Test
  void aProjectHasOneToTenInvestigators() {
    LocalDate start = LocalDate.of(2023, 1, 1);
    assertThat(
            violations(() -> rules.checkProject(project("T", investigators(10), Set.of(), start))))
        .isEmpty();
    assertThat(
            violations(() -> rules.checkProject(project("T", investigators(11), Set.of(), start))))
        .containsExactly("investigators:field.tooMany");
    assertThat(violations(() -> rules.checkProject(project("T", List.of(), Set.of(), start))))
        .containsExactly("investigators:project.investigators.required");
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project("T", List.of(new Investigator("PI", null)), Set.of(), start))))
        .containsExactly("investigators[0].partner:field.required");
  }

  @Test
  void anInvestigatorsOrcidIdMustPassItsChecksum() {
    LocalDate start = LocalDate.of(2023, 1, 1);
    PartnerId ntu = NTU;
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project(
                            "T",
                            List.of(
                                new Investigator("A", ntu, "0000-0002-1825-0097"),
                                new Investigator("B", ntu, "https://orcid.org/0000-0002-1694-233x"),
                                new Investigator("C", ntu, " "),
                                new Investigator("D", ntu, null)),
                            Set.of(),
                            start))))
        .isEmpty();
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project(
                            "T",
                            List.of(
                                new Investigator("A", ntu, "0000-0002-1825-0098"),
                                new Investigator("B", ntu, "orcid")),
                            Set.of(),
                            start))))
        .containsExactly(
            "investigators[0].orcid:orcid.invalid", "investigators[1].orcid:orcid.invalid");
  }

  @Test
  void projectTitlesHaveAtMost300Characters() {
    LocalDate start = LocalDate.of(2023, 1, 1);
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project("t".repeat(300), investigators(1), Set.of(), start))))
        .isEmpty();
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project("t".repeat(301), investigators(1), Set.of(), start))))
        .containsExactly("titleEn:field.tooLong");
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        new NewProject(
                            "T",
                            "题".repeat(301),
                            1L,
                            investigators(1),
                            Set.of(),
                            start,
                            start,
                            "1",
                            "SGD",
                            ProjectStatus.PROPOSED,
                            null))))
        .containsExactly("titleZh:field.tooLong");
  }

  @Test
  void aProjectStartsFrom1990AndEndsBy2200() {
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project("T", investigators(1), Set.of(), LocalDate.of(1990, 1, 1)))))
        .isEmpty();
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        project("T", investigators(1), Set.of(), LocalDate.of(1989, 12, 31)))))
        .containsExactly("startDate:date.outOfRange");
    LocalDate late = LocalDate.of(2201, 1, 1);
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        new NewProject(
                            "T",
                            null,
                            1L,
                            investigators(1),
                            Set.of(),
                            late,
                            late,
                            "1",
                            "SGD",
                            ProjectStatus.PROPOSED,
                            null))))
        .containsExactly("startDate:date.outOfRange", "endDate:date.outOfRange");
    assertThat(
            violations(
                () ->
                    rules.checkProject(
                        new NewProject(
                            "T",
                            null,
                            1L,
                            investigators(1),
                            Set.of(),
                            null,
                            null,
                            "1",
                            "SGD",
                            ProjectStatus.PROPOSED,
                            null))))
        .containsExactly("startDate:field.required", "endDate:field.required");
  }

  @Test
  void aBudgetIsMoreThanNothingAndLessThanOneTrillion() {
    LocalDate end = LocalDate.of(2025, 1, 1);
    assertThat(rules.checkProject(project("0.01", "SGD", ProjectStatus.PROPOSED, null, end)))
        .isEqualTo(Money.of("0.01", "SGD"));
    assertThat(
            rules.checkProject(
                project("999999999999.99", " CNY ", ProjectStatus.PROPOSED, null, end)))
        .isEqualTo(Money.of("999999999999.99", "CNY"));
    for (String bad : new String[] {"0", "1000000000000"}) {
      assertThat(
              violations(
                  () -> rules.checkProject(project(bad, "SGD", ProjectStatus.PROPOSED, null, end))))
          .containsExactly("budgetAmount:amount.outOfRange");
    }
    assertThat(
            violations(
                () -> rules.checkProject(project(" ", null, ProjectStatus.PROPOSED, null, end))))
        .containsExactly("budgetAmount:field.required", "budgetCurrency:currency.unsupported");
    assertThat(
            violations(
                () -> rules.checkProject(project("1", "XYZ1", ProjectStatus.PROPOSED, null, end))))
        .containsExactly("budgetCurrency:currency.unsupported");
  }

  @Test
  void publicationTextsHaveTheirLimits() {
    assertThat(
            rules.checkPublication(
                new NewPublication(
                    "t".repeat(500), "j".repeat(300), 1990, "10.1109/x.9", "a".repeat(1000), 7L)))
        .isEqualTo("10.1109/x.9");
    assertThat(
            violations(
                () ->
                    rules.checkPublication(
                        new NewPublication(
                            "t".repeat(501),
                            "j".repeat(301),
                            1989,
                            "10.1109/x.9",
                            "a".repeat(1001),
                            7L))))
        .containsExactly(
            "title:field.tooLong",
            "journal:field.tooLong",
            "authors:field.tooLong",
            "year:publication.year.outOfRange");
  }

  @Test
  void aPublicationOfThisYearIsAcceptedAndEveryMissingFieldNamed() {
    assertThat(rules.checkPublication(new NewPublication("T", "J", 2026, "10.1109/x.9", "A", 7L)))
        .isEqualTo("10.1109/x.9");
    assertThat(
            violations(
                () -> rules.checkPublication(new NewPublication(" ", " ", null, " ", " ", null))))
        .containsExactly(
            "title:field.required",
            "journal:field.required",
            "authors:field.required",
            "year:field.required",
            "doi:field.required",
            "project:field.required");
    assertThat(
            violations(
                () -> rules.checkPublication(new NewPublication("T", "J", 2026, "doi", "A", 7L))))
        .containsExactly("doi:publication.doi.invalid");
  }

  private static Publication publicationNumbered(long id) {
    Publication p =
        new Publication(
            "T", "J", 2024, "10.1109/taken.1", "A", 7L, Instant.parse("2026-01-01T00:00:00Z"));
    try {
      Field f = Publication.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(p, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return p;
  }

  @Test
  void aPublicationMayHaveAChineseTitleOnly() {
    assertThat(
            rules.checkPublication(
                new NewPublication(" ", "J", 2024, "10.1109/x.9", "A", 7L, "固态电解质", null)))
        .isEqualTo("10.1109/x.9");
  }

  @Test
  void aChineseTitleHasItsLimitAndADeclaredLanguageMustBeOne() {
    assertThat(
            violations(
                () ->
                    rules.checkPublication(
                        new NewPublication(
                            "T", "J", 2024, "10.1109/x.9", "A", 7L, "固".repeat(501), "klingon!"))))
        .containsExactly(
            "titleZh:field.tooLong", "titleLanguage:publication.titleLanguage.invalid");
  }

  @Test
  void aCorrectionKeepsItsOwnDoiButMayNotTakeAnothers() {
    NewPublication taken = new NewPublication("T", "J", 2024, "10.1109/TAKEN.1", "A", 7L);

    assertThat(rules.checkPublication(taken, 5L)).isEqualTo("10.1109/taken.1");
    assertThat(violations(() -> rules.checkPublication(taken, 6L)))
        .containsExactly("doi:publication.doi.taken");
  }
}
