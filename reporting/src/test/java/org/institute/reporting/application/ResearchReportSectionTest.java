package org.institute.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.institute.reporting.application.Wired.inject;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.records.CentreView;
import org.institute.records.NewCentre;
import org.institute.records.NewProject;
import org.institute.records.NewPublication;
import org.institute.records.ProjectPage;
import org.institute.records.ProjectQuery;
import org.institute.records.ProjectStatus;
import org.institute.records.ProjectView;
import org.institute.records.PublicationPage;
import org.institute.records.PublicationQuery;
import org.institute.records.PublicationView;
import org.institute.records.ResearchRecords;
import org.institute.reporting.ReportSection;
import org.junit.jupiter.api.Test;

class ResearchReportSectionTest {

  /** Projects and papers in lists, filtered by year and paged as the real records are. */
  private static final class Records implements ResearchRecords {
    final List<ProjectView> projects = new ArrayList<>();
    final List<PublicationView> papers = new ArrayList<>();
    final List<String> asked = new ArrayList<>();

    @Override
    public ProjectPage projects(ProjectQuery query, int firstResult, int maxResults) {
      asked.add("projects " + query.year() + " " + query.sort() + " " + firstResult);
      List<ProjectView> of =
          projects.stream().filter(p -> p.startDate().getYear() == query.year()).toList();
      int end = Math.min(of.size(), firstResult + maxResults);
      return new ProjectPage(of.subList(Math.min(firstResult, end), end), of.size());
    }

    @Override
    public PublicationPage publications(PublicationQuery query, int firstResult, int maxResults) {
      asked.add("papers " + query.year() + " " + query.sort() + " " + firstResult);
      List<PublicationView> of = papers.stream().filter(p -> p.year() == query.year()).toList();
      int end = Math.min(of.size(), firstResult + maxResults);
      return new PublicationPage(of.subList(Math.min(firstResult, end), end), of.size());
    }

    @Override
    public List<CentreView> centres() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<CentreView> centre(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CentreView setUpCentre(NewCentre centre) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ProjectView> project(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ProjectView recordProject(NewProject project) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ProjectView linkPatentFamily(long projectId, Long familyId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ProjectView unlinkPatentFamily(long projectId, long familyId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PublicationView recordPublication(NewPublication publication) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PublicationView> publication(long id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<PublicationView> publicationByDoi(String doi) {
      throw new UnsupportedOperationException();
    }

    @Override
    public PublicationView changePublication(long id, NewPublication publication) {
      throw new UnsupportedOperationException();
    }
  }

  private final Records records = new Records();

  private void project(String title, LocalDate start) {
    records.projects.add(
        new ProjectView(
            records.projects.size() + 1,
            title,
            title + " zh",
            1,
            "AMC",
            List.of(),
            Set.of(),
            start,
            start.plusYears(3),
            new BigDecimal("250000.00"),
            "SGD",
            "SGD 250,000.00",
            ProjectStatus.ACTIVE,
            null,
            List.of(),
            0));
  }

  private ReportSection build(int year) {
    ResearchReportSection section = new ResearchReportSection();
    inject(section, "records", records);
    return section.build(year);
  }

  @Test
  void theProjectsStartedAndPapersPublishedInTheYearAreListedAndCounted() {
    project("Batteries", LocalDate.of(2022, 3, 1));
    project("Older", LocalDate.of(2021, 3, 1));
    records.papers.add(new PublicationView(1, "On electrolytes", "Nature", 2022, "10.1/x", "A", 1));
    records.papers.add(new PublicationView(2, "Earlier", "Science", 2020, null, "B", 1));

    ReportSection section = build(2022);

    ReportSection.Note note = (ReportSection.Note) section.blocks().get(0);
    assertThat(note.en())
        .isEqualTo("1 research projects started and 1 papers were published in 2022.");
    assertThat(note.zh()).isEqualTo("2022年启动研究项目1项，发表论文1篇。");
    ReportSection.Table projects = (ReportSection.Table) section.blocks().get(1);
    assertThat(projects.rows())
        .containsExactly(
            List.of(
                "Batteries",
                "Batteries zh",
                "AMC",
                LocalDate.of(2022, 3, 1),
                LocalDate.of(2025, 3, 1),
                new BigDecimal("250000.00"),
                "SGD",
                ProjectStatus.ACTIVE));
    ReportSection.Table papers = (ReportSection.Table) section.blocks().get(2);
    assertThat(papers.rows()).containsExactly(List.of("On electrolytes", "Nature", "10.1/x"));
    assertThat(records.asked).containsExactly("projects 2022 startDate 0", "papers 2022 title 0");
  }

  @Test
  void everyPageIsRead() {
    for (int i = 0; i < 201; i++) {
      project("P" + i, LocalDate.of(2023, 1, 1));
    }
    for (int i = 0; i < 200; i++) {
      records.papers.add(new PublicationView(i, "T" + i, "J", 2023, null, "A", 1));
    }

    ReportSection section = build(2023);

    assertThat(((ReportSection.Table) section.blocks().get(1)).rows()).hasSize(201);
    assertThat(((ReportSection.Table) section.blocks().get(2)).rows()).hasSize(200);
    assertThat(records.asked)
        .containsExactly(
            "projects 2023 startDate 0",
            "projects 2023 startDate 200",
            "papers 2023 title 0",
            "papers 2023 title 200");
  }
}
