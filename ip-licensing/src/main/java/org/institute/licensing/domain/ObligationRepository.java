package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.licensing.ObligationStatus;

public interface ObligationRepository {

  void add(Obligation obligation);

  Optional<Obligation> find(long id);

  /** The deal's obligations by due date. */
  List<Obligation> ofDeal(long dealId);

  /**
   * The ids and due days of the open obligations of deals in a state that still owes, due from
   * {@code from} to {@code to}, the earliest first (a read for the reminders that loads none).
   */
  List<DueObligation> openDueBetween(LocalDate from, LocalDate to, int max);

  /** An open obligation's id and due day. */
  record DueObligation(long id, LocalDate due) {}

  /** A page of list rows (in scope, filtered) with the total in the same statement. */
  Page page(
      Scope scope,
      ObligationStatus status,
      LocalDate from,
      LocalDate to,
      LocalDate today,
      int dueWindowDays,
      int offset,
      int limit);

  boolean reminded(long obligationId, LocalDate due, int daysBefore);

  /** Records the reminder and flushes, so that a parallel run fails on the unique key here. */
  void addReminder(ObligationReminder reminder);

  /** A list row: the obligation with its deal's titles and licensee. */
  record Row(Obligation obligation, String dealTitle, String dealTitleZh, long licenseeId) {}

  record Page(List<Row> rows, long total) {}
}
