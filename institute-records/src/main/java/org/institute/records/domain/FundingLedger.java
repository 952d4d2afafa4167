package org.institute.records.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.institute.core.Conversion;
import org.institute.core.CurrencyConverter;
import org.institute.core.Money;
import org.institute.records.FundingRow;
import org.institute.records.FundsColumns;
import org.institute.records.FundsFigure;
import org.institute.records.FundsMovementKind;

/**
 * Adds up committed, disbursed and spent money in the currency it was recorded in and in SGD and
 * CNY, converting every amount at its own date: a commitment on the day it was committed, a
 * disbursement or expenditure on the day it happened. Sums of converted amounts remember which
 * earlier rates stood in and the first day that had no rate at all.
 */
public final class FundingLedger {

  public static final Currency SGD = Currency.getInstance("SGD");
  public static final Currency CNY = Currency.getInstance("CNY");

  private final CurrencyConverter rates;

  public FundingLedger(CurrencyConverter rates) {
    this.rates = rates;
  }

  /** One amount three ways. */
  public FundsColumns columns(Money money, LocalDate on) {
    Sum sum = new Sum(Set.of(money.currency()));
    sum.add(money, on);
    return sum.columns();
  }

  public FundsColumns committed(FundingCommitment c) {
    return columns(c.committed(), c.committedOn());
  }

  public FundsColumns disbursed(FundingCommitment c) {
    return moved(c, FundsMovementKind.DISBURSEMENT);
  }

  public FundsColumns spent(FundingCommitment c) {
    return moved(c, FundsMovementKind.EXPENDITURE);
  }

  private FundsColumns moved(FundingCommitment c, FundsMovementKind kind) {
    Sum sum = new Sum(Set.of(c.committed().currency()));
    c.movements().stream().filter(m -> m.kind() == kind).forEach(m -> sum.add(m.money(), m.date()));
    return sum.columns();
  }

  /** Totals over all the commitments. */
  public FundingRow total(List<FundingCommitment> commitments) {
    return grouped(commitments, c -> "all", m -> "all", Comparator.naturalOrder()).stream()
        .findFirst()
        .orElseGet(() -> new Group(Set.of()).row("all"));
  }

  /**
   * Totals per group: commitments by {@code commitmentKey}; their disbursements and expenditures by
   * {@code movementKey} (which may differ, as for years), rows in {@code order} of their keys.
   */
  public List<FundingRow> grouped(
      List<FundingCommitment> commitments,
      Function<FundingCommitment, String> commitmentKey,
      Function<Placed, String> movementKey,
      Comparator<String> order) {
    Map<String, Group> groups = new LinkedHashMap<>();
    for (FundingCommitment c : commitments) {
      groups.computeIfAbsent(commitmentKey.apply(c), k -> new Group(new HashSet<>())).committed(c);
    }
    for (FundingCommitment c : commitments) {
      for (FundsMovement m : c.movements()) {
        groups
            .computeIfAbsent(movementKey.apply(new Placed(c, m)), k -> new Group(new HashSet<>()))
            .moved(m);
      }
    }
    List<FundingRow> rows = new ArrayList<>();
    groups.entrySet().stream()
        .sorted(Map.Entry.comparingByKey(order))
        .forEach(e -> rows.add(e.getValue().row(e.getKey())));
    return rows;
  }

  /** A movement with the commitment it was recorded against. */
  public record Placed(FundingCommitment commitment, FundsMovement movement) {}

  private final class Group {
    private final Set<Currency> committedIn;
    private final List<FundingCommitment> commitments = new ArrayList<>();
    private final List<FundsMovement> movements = new ArrayList<>();

    Group(Set<Currency> committedIn) {
      this.committedIn = committedIn;
    }

    void committed(FundingCommitment c) {
      committedIn.add(c.committed().currency());
      commitments.add(c);
    }

    void moved(FundsMovement m) {
      movements.add(m);
    }

    FundingRow row(String key) {
      Sum committed = new Sum(committedIn);
      commitments.forEach(c -> committed.add(c.committed(), c.committedOn()));
      return new FundingRow(
          key,
          committed.columns(),
          movedSum(FundsMovementKind.DISBURSEMENT),
          movedSum(FundsMovementKind.EXPENDITURE));
    }

    /** In the currency of the movements, or (when there are none) of the commitments. */
    private FundsColumns movedSum(FundsMovementKind kind) {
      List<FundsMovement> ofKind = movements.stream().filter(m -> m.kind() == kind).toList();
      Set<Currency> currencies = new HashSet<>();
      ofKind.forEach(m -> currencies.add(m.money().currency()));
      Sum sum = new Sum(currencies.isEmpty() ? committedIn : currencies);
      ofKind.forEach(m -> sum.add(m.money(), m.date()));
      return sum.columns();
    }
  }

  /** A running sum in the recorded currency (when there is one) and in SGD and CNY. */
  private final class Sum {
    private final Currency own;
    private Money ownTotal;
    private final Converted sgd = new Converted(SGD);
    private final Converted cny = new Converted(CNY);

    Sum(Set<Currency> currencies) {
      this.own = currencies.size() == 1 ? currencies.iterator().next() : null;
      this.ownTotal = own == null ? null : Money.zero(own);
    }

    void add(Money money, LocalDate on) {
      if (ownTotal != null) {
        ownTotal = ownTotal.plus(money);
      }
      sgd.add(money, on);
      cny.add(money, on);
    }

    FundsColumns columns() {
      return new FundsColumns(
          ownTotal == null ? null : FundsFigure.of(ownTotal), sgd.figure(), cny.figure());
    }
  }

  private final class Converted {
    private final Currency target;
    private Money total;
    private final TreeSet<LocalDate> earlierRates = new TreeSet<>();
    private LocalDate noRateOn;

    Converted(Currency target) {
      this.target = target;
      this.total = Money.zero(target);
    }

    void add(Money money, LocalDate on) {
      Optional<Conversion> conversion = rates.convert(money, target, on);
      if (conversion.isEmpty()) {
        noRateOn = noRateOn == null || on.isBefore(noRateOn) ? on : noRateOn;
        return;
      }
      total = total.plus(conversion.get().result());
      if (conversion.get().usedEarlierRate()) {
        earlierRates.add(conversion.get().rateDate());
      }
    }

    FundsFigure figure() {
      if (noRateOn != null) {
        return new FundsFigure(
            null, target.getCurrencyCode(), null, List.copyOf(earlierRates), noRateOn);
      }
      return new FundsFigure(
          total.amount(),
          target.getCurrencyCode(),
          total.toString(),
          List.copyOf(earlierRates),
          null);
    }
  }
}
