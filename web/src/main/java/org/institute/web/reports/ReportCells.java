package org.institute.web.reports;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.institute.core.BilingualText;
import org.institute.licensing.DealState;
import org.institute.records.ProjectStatus;
import org.institute.records.SpaceUse;
import org.institute.reporting.KpiStatus;
import org.institute.reporting.ReportSection;

/**
 * The one place that turns a report's cells and bar labels into the reader's words: an enum
 * constant becomes its label from the message bundles (the key the pages use), a {@link
 * ReportSection.Text} its text in the reader's language, whole numbers are grouped by thousands and
 * amounts keep two decimals. Used by the PDF and the spreadsheets alike.
 */
public final class ReportCells {

  /** The bundle key prefix of each enum a report section puts in a cell, as the pages use them. */
  static final Map<Class<? extends Enum<?>>, String> PREFIXES =
      Map.of(
          KpiStatus.class, "kpi.status.",
          ProjectStatus.class, "projectStatus.",
          DealState.class, "lic.state.",
          SpaceUse.class, "spaceUse.");

  /** The languages a report is printed in; any other asks for English. */
  public static final Locale ENGLISH = Locale.ENGLISH;

  public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

  private final ResourceBundle bundle;
  private final boolean chinese;

  private ReportCells(Locale locale) {
    this.chinese = "zh".equals(locale.getLanguage());
    this.bundle =
        ResourceBundle.getBundle(
            "i18n.messages",
            chinese ? CHINESE : Locale.ROOT,
            ReportCells.class.getClassLoader(),
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /** The cells of a reader of this language (Chinese for any {@code zh}, else English). */
  public static ReportCells in(Locale locale) {
    return new ReportCells(locale == null ? ENGLISH : locale);
  }

  /** The reader's language from the languages a request accepts, best first. */
  public static Locale reader(List<Locale> acceptable) {
    return acceptable.stream()
        .filter(l -> !l.getLanguage().equals("*"))
        .findFirst()
        .filter(l -> l.getLanguage().equals("zh"))
        .map(l -> CHINESE)
        .orElse(ENGLISH);
  }

  public boolean chinese() {
    return chinese;
  }

  /** A cell as printed: a missing value (an amount without an exchange rate, say) is a dash. */
  public String text(Object value) {
    if (value == null) {
      return "—";
    }
    if (value instanceof BigDecimal d) {
      return grouped("#,##0.00").format(d);
    }
    if (value instanceof Long || value instanceof Integer) {
      return grouped("#,##0").format(value);
    }
    Object labelled = label(value);
    return labelled.toString();
  }

  /**
   * A cell for a spreadsheet: numbers, dates and plain text stay as they are; enum constants and
   * bilingual texts become the reader's words.
   */
  public Object label(Object value) {
    if (value instanceof Enum<?> e) {
      String prefix = PREFIXES.get(e.getDeclaringClass());
      if (prefix != null) {
        try {
          return bundle.getString(prefix + e.name());
        } catch (MissingResourceException missing) {
          // BundlesTest keeps every value of PREFIXES in both bundles; the code is the last resort
        }
      }
      return e.name();
    }
    if (value instanceof ReportSection.Text t) {
      return BilingualText.in(t.en(), t.zh(), chinese ? CHINESE : ENGLISH);
    }
    return value;
  }

  private static DecimalFormat grouped(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
  }
}
