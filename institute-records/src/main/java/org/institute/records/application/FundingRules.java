package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.Money;
import org.institute.core.Violation;
import org.institute.records.NewCommitment;
import org.institute.records.NewFundsMovement;
import org.institute.records.domain.ResearchRepository;

/** Field rules for funding; each check refuses with every problem at once. */
@ApplicationScoped
class FundingRules {

  private static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000000000");

  @Inject private KnownPartners knownPartners;
  @Inject private ResearchRepository research;

  Money checkCommitment(NewCommitment c) {
    List<Violation> problems = new ArrayList<>();
    if (c.funder() == null) {
      problems.add(new Violation("funder", "field.required"));
    } else if (!knownPartners.exists(c.funder())) {
      problems.add(new Violation("funder", "partner.unknown"));
    }
    if (c.centreId() != null && research.centre(c.centreId()).isEmpty()) {
      problems.add(new Violation("centre", "project.centre.unknown"));
    }
    text(c.labelEn(), "labelEn", 200, true, problems);
    text(c.labelZh(), "labelZh", 200, false, problems);
    date(c.periodFrom(), "periodFrom", problems);
    date(c.periodTo(), "periodTo", problems);
    if (c.periodFrom() != null && c.periodTo() != null && c.periodTo().isBefore(c.periodFrom())) {
      problems.add(new Violation("periodTo", "project.endDate.beforeStart"));
    }
    date(c.committedOn(), "committedOn", problems);
    Money amount = money(c.amount(), c.currency(), problems);
    refuseIfAny(problems);
    return amount;
  }

  Money checkMovement(NewFundsMovement m) {
    List<Violation> problems = new ArrayList<>();
    if (m.kind() == null) {
      problems.add(new Violation("kind", "field.required"));
    }
    date(m.date(), "date", problems);
    Money amount = money(m.amount(), m.currency(), problems);
    text(m.purpose(), "purpose", 300, true, problems);
    if (m.expectedVersion() == null) {
      problems.add(new Violation("version", "field.required"));
    }
    refuseIfAny(problems);
    return amount;
  }

  private static void date(LocalDate date, String field, List<Violation> problems) {
    if (date == null) {
      problems.add(new Violation(field, "field.required"));
    } else if (date.getYear() < 1990 || date.getYear() > 2200) {
      problems.add(new Violation(field, "date.outOfRange"));
    }
  }

  private static Money money(String amount, String currency, List<Violation> problems) {
    BigDecimal value = null;
    if (amount == null || amount.isBlank()) {
      problems.add(new Violation("amount", "field.required"));
    } else {
      try {
        value = new BigDecimal(amount.trim());
        if (value.signum() <= 0 || value.compareTo(MAX_AMOUNT) >= 0 || value.scale() > 2) {
          problems.add(new Violation("amount", "amount.outOfRange"));
          value = null;
        }
      } catch (NumberFormatException e) {
        problems.add(new Violation("amount", "amount.invalid"));
      }
    }
    Currency unit = supported(currency);
    if (unit == null) {
      problems.add(new Violation("currency", "currency.unsupported"));
    }
    return value == null || unit == null ? null : Money.of(value, unit);
  }

  static Currency supported(String code) {
    return Money.supportedCurrency(code).orElse(null);
  }

  private static void text(
      String value, String field, int max, boolean required, List<Violation> problems) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.add(new Violation(field, "field.required"));
      }
    } else if (value.length() > max) {
      problems.add(new Violation(field, "field.tooLong"));
    }
  }

  private static void refuseIfAny(List<Violation> problems) {
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }
}
