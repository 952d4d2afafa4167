package org.institute.licensing.application;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.institute.core.Scope;
import org.institute.licensing.ObligationStatus;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.Obligation;
import org.institute.licensing.domain.ObligationReminder;
import org.institute.licensing.domain.ObligationRepository;

/**
 * Obligations in a list, in the order added, numbered from 100 as the database would; their
 * reminders as text.
 */
final class InMemoryObligations implements ObligationRepository {
  final List<Obligation> all = new ArrayList<>();

  @Override
  public void add(Obligation obligation) {
    try {
      Field id = Obligation.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(obligation, (long) all.size() + 100);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    all.add(obligation);
  }

  @Override
  public Optional<Obligation> find(long id) {
    return all.stream().filter(o -> o.id() == id).findFirst();
  }

  @Override
  public List<Obligation> ofDeal(long dealId) {
    return all.stream().filter(o -> o.dealId() == dealId).toList();
  }

  @Override
  public List<DueObligation> openDueBetween(LocalDate from, LocalDate to, int max) {
    return all.stream()
        .filter(o -> o.isOpen() && !o.due().isBefore(from) && !o.due().isAfter(to))
        .sorted(java.util.Comparator.comparing(Obligation::due).thenComparing(Obligation::id))
        .limit(max)
        .map(o -> new DueObligation(o.id(), o.due()))
        .toList();
  }

  /** The deals the obligations belong to, for the page's deal columns and the caller's scope. */
  Function<Long, Optional<LicenceDeal>> deals = id -> Optional.empty();

  @Override
  public Page page(
      Scope scope,
      ObligationStatus status,
      LocalDate from,
      LocalDate to,
      LocalDate today,
      int dueWindowDays,
      int offset,
      int limit) {
    List<Row> rows =
        all.stream()
            .filter(o -> status == null || o.statusOn(today, dueWindowDays) == status)
            .filter(o -> from == null || !o.due().isBefore(from))
            .filter(o -> to == null || !o.due().isAfter(to))
            .flatMap(
                o ->
                    deals
                        .apply(o.dealId())
                        .filter(
                            d ->
                                scope.fold(
                                    true,
                                    ps -> ps.stream().anyMatch(p -> d.isParty(p.value())),
                                    false))
                        .map(d -> new Row(o, d.title(), d.titles().zh(), d.licenseeId()))
                        .stream())
            .toList();
    return new Page(rows.stream().skip(offset).limit(limit).toList(), rows.size());
  }

  /** The reminders logged, as "obligation due daysBefore". */
  final List<String> reminders = new ArrayList<>();

  @Override
  public boolean reminded(long obligationId, LocalDate due, int daysBefore) {
    return reminders.contains(obligationId + " " + due + " " + daysBefore);
  }

  @Override
  public void addReminder(ObligationReminder reminder) {
    reminders.add(
        field(reminder, "obligationId")
            + " "
            + field(reminder, "due")
            + " "
            + field(reminder, "daysBefore"));
  }

  private static Object field(ObligationReminder reminder, String name) {
    try {
      Field f = ObligationReminder.class.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(reminder);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
