package org.institute.licensing.application;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.Transactions;

/**
 * How the calendar works through many records: it reads what is due in one transaction, then
 * handles each item in a transaction of its own, which checks again that the item is still due
 * (another node, a payment or a person may have changed it meanwhile). An item that fails (a second
 * node sent the same reminder first and the unique key refused this one) rolls back alone and is
 * logged; the others are still sent, and the next run tries it again.
 */
final class CalendarRun {

  private static final Logger LOG = Logger.getLogger(CalendarRun.class.getName());

  private CalendarRun() {}

  /** Returns how many items {@code handle} reported done. */
  static <T> int each(
      Transactions transactions, Supplier<List<T>> due, Predicate<T> handle, String what) {
    int done = 0;
    for (T item : transactions.inOwnTransaction(due)) {
      try {
        if (transactions.inOwnTransaction(() -> handle.test(item))) {
          done++;
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, what + " " + item + " not handled; the next run tries again", e);
      }
    }
    return done;
  }
}
