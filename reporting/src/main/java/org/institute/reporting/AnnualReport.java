package org.institute.reporting;

import java.time.Instant;
import java.util.List;

/** The annual report for one calendar year, as generated at a moment. */
public record AnnualReport(int year, Instant generatedAt, List<ReportSection> sections) {
  public AnnualReport {
    sections = List.copyOf(sections);
  }
}
