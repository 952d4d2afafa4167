package org.institute.web.funding.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.institute.records.FundsFigure;
import org.institute.web.platform.faces.Messages;

/**
 * Shows a figure with its currency, and beside it which earlier rate stood in for a day without
 * one, or that no rate existed at all: a converted figure never hides where it came from.
 */
@Named("figures")
@ApplicationScoped
public class FundingFigures {

  public String money(FundsFigure f) {
    if (f == null) {
      return "";
    }
    return f.available() ? f.formatted() : "—";
  }

  public String note(FundsFigure f) {
    if (f == null) {
      return "";
    }
    if (!f.available()) {
      return Messages.text("funding.noRate", f.noRateOn().toString());
    }
    if (f.usedEarlierRate()) {
      return Messages.text("funding.earlierRate", dates(f.earlierRateDates()));
    }
    return "";
  }

  private static String dates(List<LocalDate> dates) {
    if (dates.size() <= 3) {
      return dates.stream().map(LocalDate::toString).collect(Collectors.joining(", "));
    }
    return dates.get(0) + " … " + dates.get(dates.size() - 1);
  }
}
