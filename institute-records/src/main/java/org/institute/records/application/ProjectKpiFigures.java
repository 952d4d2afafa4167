package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.KpiFigures;
import org.institute.core.KpiRecord;
import org.institute.records.domain.ResearchRepository;

/** New research projects, counted by start date. */
@ApplicationScoped
@Transactional
class ProjectKpiFigures implements KpiFigures {

  @Inject private ResearchRepository records;

  @Override
  public String metric() {
    return RESEARCH_PROJECTS;
  }

  @Override
  public Figures figures(LocalDate from, LocalDate to) {
    return Figures.ofYears(records.projectsStartingByYear(from, to));
  }

  @Override
  public List<KpiRecord> records(LocalDate from, LocalDate to, int firstResult, int maxResults) {
    return records.projectsStarting(from, to, firstResult, maxResults).stream()
        .map(
            p ->
                new KpiRecord(
                    "project",
                    p.id(),
                    p.titleEn(),
                    p.startDate(),
                    1,
                    String.valueOf(p.budget()),
                    p.status().name()))
        .toList();
  }
}
