package org.institute.web.licensing.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.ComplianceView;
import org.institute.licensing.LicenseeCompliance;

/**
 * A licensee's compliance page (decision 0104): the licensor side's for the licensee in the address
 * ({@code ?partner=}), the licensee's own under /app/licensee/. The figures are the module's; this
 * bean only lays out the bar chart of reported, invoiced and paid per year, drawn as inline SVG.
 */
@Named("compliance")
@RequestScoped
public class ComplianceBean {

  /** The chart's drawing area, in SVG units. */
  static final int HEIGHT = 180;

  static final int BAR = 18;
  static final int GAP = 26;
  static final int LEFT = 8;

  @Inject private LicenseeCompliance compliance;

  private Long partner;
  private ComplianceView view;
  private boolean loaded;

  /** The licensor side's page: the licensee named in the address, or none. */
  public ComplianceView getView() {
    if (!loaded) {
      loaded = true;
      try {
        view = partner == null ? null : compliance.of(partner);
      } catch (RecordNotFoundException e) {
        view = null;
      }
    }
    return view;
  }

  /** The licensee's own page. */
  public ComplianceView getOwn() {
    if (!loaded) {
      loaded = true;
      view = compliance.ofMyCompany();
    }
    return view;
  }

  /** One bar: its place and size, what it shows and the amount. */
  public record Bar(
      int x, int y, int height, String kind, int year, BigDecimal amount, String currency) {}

  /** A year's label under its bars. */
  public record Tick(int x, int year) {}

  /** The chart of one currency: reported, invoiced and paid per year. */
  public record Chart(String currency, int width, List<Bar> bars, List<Tick> ticks) {}

  /** One chart per currency of the shown view's years. */
  public List<Chart> charts(ComplianceView shown) {
    if (shown == null) {
      return List.of();
    }
    Map<String, List<ComplianceView.YearRow>> byCurrency = new LinkedHashMap<>();
    shown
        .years()
        .forEach(y -> byCurrency.computeIfAbsent(y.currency(), c -> new ArrayList<>()).add(y));
    List<Chart> charts = new ArrayList<>();
    byCurrency.forEach(
        (currency, rows) -> {
          BigDecimal max = BigDecimal.ZERO;
          for (ComplianceView.YearRow r : rows) {
            max = max.max(r.reported()).max(r.invoiced()).max(r.paid());
          }
          List<Bar> bars = new ArrayList<>();
          List<Tick> ticks = new ArrayList<>();
          int x = LEFT;
          for (ComplianceView.YearRow r : rows) {
            ticks.add(new Tick(x + (3 * BAR) / 2, r.year()));
            bars.add(bar(x, "reported", r.year(), r.reported(), currency, max));
            bars.add(bar(x + BAR, "invoiced", r.year(), r.invoiced(), currency, max));
            bars.add(bar(x + 2 * BAR, "paid", r.year(), r.paid(), currency, max));
            x += 3 * BAR + GAP;
          }
          charts.add(new Chart(currency, Math.max(x, 200), bars, ticks));
        });
    return charts;
  }

  private static Bar bar(
      int x, String kind, int year, BigDecimal amount, String currency, BigDecimal max) {
    int height =
        max.signum() <= 0 || amount.signum() <= 0
            ? 0
            : amount
                .multiply(BigDecimal.valueOf(HEIGHT))
                .divide(max, 0, RoundingMode.HALF_UP)
                .intValue();
    return new Bar(x, HEIGHT - height, height, kind, year, amount, currency);
  }

  public Long getPartner() {
    return partner;
  }

  public void setPartner(Long partner) {
    this.partner = partner;
  }
}
