package org.institute.talent;

import java.io.Serializable;
import java.util.List;

/**
 * What a bulk enrolment file does: per row enrol, waitlist or rejected with a reason. Before
 * confirmation it is a preview; after, {@code confirmed} is true and the counts are what happened.
 */
public record ImportReport(
    long cohortId,
    int rows,
    int toEnrol,
    int toWaitlist,
    int rejected,
    boolean confirmed,
    List<ImportRow> lines)
    implements Serializable {
  public ImportReport {
    lines = List.copyOf(lines);
  }

  public List<ImportRow> rejectedLines() {
    return lines.stream().filter(l -> l.outcome() == ImportRow.Outcome.REJECTED).toList();
  }
}
