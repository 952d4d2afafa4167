package org.institute.reporting.application;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Figures as the report's captions write them: grouped thousands, two decimals for amounts. */
final class ReportNumbers {
  private ReportNumbers() {}

  static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return grouped("#,##0.00").format(d);
    }
    if (value instanceof Long || value instanceof Integer) {
      return grouped("#,##0").format(value);
    }
    return value.toString();
  }

  private static DecimalFormat grouped(String pattern) {
    return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ENGLISH));
  }
}
