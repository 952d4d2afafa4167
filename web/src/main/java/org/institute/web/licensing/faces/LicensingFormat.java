package org.institute.web.licensing.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.institute.core.Money;
import org.institute.licensing.TechnologyField;
import org.institute.web.platform.faces.Messages;

/** Money with its currency, grouped for the viewer's language. */
@Named("licFmt")
@ApplicationScoped
public class LicensingFormat {

  /**
   * What an approval rule asks of a deal, or what a submitted deal needs, in the reader's language:
   * the admins, the co-owners' consent, the council's resolution (decision 0102).
   */
  public static String approvalNeeds(int admins, boolean consent, boolean council) {
    return Messages.text(
        "lic.deal.needs.text",
        admins,
        Messages.text(consent ? "lic.deal.needs.consent" : "lic.deal.needs.noConsent"),
        council ? Messages.text("lic.deal.needs.council") : "");
  }

  public String money(BigDecimal amount, String currency) {
    if (amount == null || currency == null) {
      return "";
    }
    return Money.of(amount, Currency.getInstance(currency)).format(locale());
  }

  /**
   * A patent family's technology field in the reader's language: families store the field's text
   * ({@link TechnologyField#text()}); a field the institute does not know shows as stored.
   */
  public String technologyField(String stored) {
    if (stored == null || stored.isBlank()) {
      return "—";
    }
    return Stream.of(TechnologyField.values())
        .filter(f -> f.text().equalsIgnoreCase(stored.strip()))
        .findFirst()
        .map(f -> Messages.text("lic.techField." + f.name()))
        .orElse(stored);
  }

  public String percent(BigDecimal value) {
    if (value == null) {
      return "";
    }
    return plain(value).toPlainString() + " %";
  }

  /**
   * The number without trailing zeros and never in exponent form ({@code 60.0000} is {@code 60}):
   * as a form shows a stored percentage for editing.
   */
  static BigDecimal plain(BigDecimal value) {
    if (value == null) {
      return null;
    }
    BigDecimal p = value.stripTrailingZeros();
    return p.scale() < 0 ? p.setScale(0) : p;
  }

  private static Locale locale() {
    return Optional.ofNullable(FacesContext.getCurrentInstance())
        .map(f -> f.getViewRoot() == null ? Locale.ENGLISH : f.getViewRoot().getLocale())
        .orElse(Locale.ENGLISH);
  }
}
