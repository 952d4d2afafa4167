package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.KpiFigures;
import org.institute.core.KpiRecord;
import org.institute.records.PublicationView;
import org.institute.records.domain.Publication;
import org.institute.records.domain.ResearchRepository;

/**
 * Journal papers, counted by year of publication: a paper counts for a period when its year lies
 * within the years the period touches (papers carry a year, not a day).
 */
@ApplicationScoped
@Transactional
class PublicationKpiFigures implements KpiFigures {

  @Inject private ResearchRepository records;

  @Override
  public String metric() {
    return PUBLICATIONS;
  }

  @Override
  public Figures figures(LocalDate from, LocalDate to) {
    return Figures.ofYears(records.publicationsByYear(from.getYear(), to.getYear()));
  }

  @Override
  public List<KpiRecord> records(LocalDate from, LocalDate to, int firstResult, int maxResults) {
    return records.publicationsIn(from.getYear(), to.getYear(), firstResult, maxResults).stream()
        .map(Publication::view)
        .map(
            (PublicationView p) ->
                new KpiRecord(
                    "publication",
                    p.id(),
                    p.title(),
                    LocalDate.of(p.year(), 1, 1),
                    1,
                    p.journal() + ", doi:" + p.doi()))
        .toList();
  }
}
