package org.institute.reporting.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;
import org.institute.core.InvalidCommandException;
import org.institute.reporting.AnnualReport;
import org.institute.reporting.AnnualReports;
import org.institute.reporting.ReportSection;
import org.institute.reporting.ReportingAction;

/**
 * Generates the annual report section by section, reporting its progress in percent for the
 * portal's progress bar.
 */
@RequestScoped
class AnnualReportService implements AnnualReports {

  @Inject private Instance<AnnualReportSection> sections;
  @Inject private ReportingPolicy policy;
  @Inject private Clock clock;

  @Override
  public AnnualReport generate(int year, IntConsumer progress) {
    policy.requireReader("report.refused");
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw InvalidCommandException.of("year", "field.outOfRange");
    }
    List<AnnualReportSection> ordered = new ArrayList<>();
    sections.forEach(ordered::add);
    ordered.sort(Comparator.comparingInt(AnnualReportSection::order));
    List<ReportSection> built = new ArrayList<>();
    progress.accept(0);
    for (int i = 0; i < ordered.size(); i++) {
      built.add(ordered.get(i).build(year));
      progress.accept((i + 1) * 90 / ordered.size());
    }
    return new AnnualReport(year, clock.instant(), built);
  }

  @Override
  public Set<ReportingAction> allowedActions() {
    return policy.allowed();
  }
}
