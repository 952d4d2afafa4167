package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.institute.core.KpiFigures;
import org.institute.core.KpiRecord;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.testing.Wiring;
import org.institute.records.Investigator;
import org.institute.records.NewProject;
import org.institute.records.ProjectStatus;
import org.institute.records.domain.Publication;
import org.institute.records.domain.ResearchProject;
import org.institute.records.domain.ResearchRepository;
import org.junit.jupiter.api.Test;

/** The research KPIs: projects by start date, publications by year. */
class KpiFiguresTest {

  private static final LocalDate FROM = LocalDate.of(2024, 7, 1);
  private static final LocalDate TO = LocalDate.of(2025, 6, 30);

  /** The questions the KPI classes asked the store. */
  private final List<String> asked = new ArrayList<>();

  private ResearchRepository store(ResearchProject project, Publication paper) {
    return (ResearchRepository)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {ResearchRepository.class},
            (proxy, method, args) -> {
              asked.add(method.getName() + " " + List.of(args));
              return switch (method.getName()) {
                case "projectsStartingByYear" -> Map.of(2024, 2L, 2025, 1L);
                case "projectsStarting" -> List.of(project);
                case "publicationsByYear" -> Map.of(2025, 4L);
                case "publicationsIn" -> List.of(paper);
                default -> throw new UnsupportedOperationException(method.getName());
              };
            });
  }

  private static <T> T withId(T entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
      return entity;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static ResearchProject project() {
    return withId(
        new ResearchProject(
            new NewProject(
                "Grid forecasting",
                null,
                1L,
                List.of(new Investigator("Prof. Lee", new PartnerId(1))),
                Set.of(),
                LocalDate.of(2024, 9, 1),
                LocalDate.of(2026, 8, 31),
                "250000",
                "SGD",
                ProjectStatus.ACTIVE,
                "GC-2024-01"),
            Money.of("250000", "SGD"),
            Instant.EPOCH),
        7L);
  }

  private static Publication paper() {
    return withId(
        new Publication(
            "Load forecasting", "IEEE TPWRS", 2025, "10.1109/tpwrs.1", "Lee", 7, Instant.EPOCH),
        3L);
  }

  @Test
  void projectsCountByTheYearTheyStartAndListWithStatusAndBudget() {
    ProjectKpiFigures kpi = new ProjectKpiFigures();
    Wiring.inject(kpi, "records", store(project(), paper()));

    KpiFigures.Figures figures = kpi.figures(FROM, TO);
    List<KpiRecord> records = kpi.records(FROM, TO, 10, 5);

    assertThat(kpi.metric()).isEqualTo(KpiFigures.RESEARCH_PROJECTS);
    assertThat(figures.actual()).isEqualTo(3);
    assertThat(figures.byYear()).containsEntry(2024, 2L).containsEntry(2025, 1L);
    assertThat(records)
        .containsExactly(
            new KpiRecord(
                "project",
                7,
                "Grid forecasting",
                LocalDate.of(2024, 9, 1),
                1,
                Money.of("250000", "SGD").toString(),
                "ACTIVE"));
    assertThat(asked)
        .containsExactly(
            "projectsStartingByYear [2024-07-01, 2025-06-30]",
            "projectsStarting [2024-07-01, 2025-06-30, 10, 5]");
  }

  @Test
  void publicationsCountByTheYearsThePeriodTouchesAndListWithJournalAndDoi() {
    PublicationKpiFigures kpi = new PublicationKpiFigures();
    Wiring.inject(kpi, "records", store(project(), paper()));

    KpiFigures.Figures figures = kpi.figures(FROM, TO);
    List<KpiRecord> records = kpi.records(FROM, TO, 0, 20);

    assertThat(kpi.metric()).isEqualTo(KpiFigures.PUBLICATIONS);
    assertThat(figures.actual()).isEqualTo(4);
    assertThat(records)
        .containsExactly(
            new KpiRecord(
                "publication",
                3,
                "Load forecasting",
                LocalDate.of(2025, 1, 1),
                1,
                "IEEE TPWRS, doi:10.1109/tpwrs.1"));
    assertThat(asked)
        .containsExactly("publicationsByYear [2024, 2025]", "publicationsIn [2024, 2025, 0, 20]");
  }
}
