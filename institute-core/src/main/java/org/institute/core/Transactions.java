package org.institute.core;

import java.util.function.Supplier;

/**
 * Runs one item of a long job in a transaction of its own, committed when the item returns. A job
 * that works through many records (the licensing calendar over every deal) commits each item before
 * it starts the next, so no lock it takes (the audit trail's head, a deal's row) is held longer
 * than one item needs and a person's change never waits for the whole job.
 */
public interface Transactions {

  /**
   * Runs {@code work} in a new transaction (an enclosing one is suspended, not joined) and commits
   * it; a runtime exception rolls it back and reaches the caller.
   */
  <T> T inOwnTransaction(Supplier<T> work);

  /**
   * Inside a long transaction (the demo institute's seeding, thousands of statements in one
   * all-or-nothing unit), writes what the transaction has changed so far and lets go of every
   * record it has read or written. Nothing is committed. Without it, each query of the rest of the
   * transaction checks all those records for changes first (Hibernate's flush before a query), so
   * the work grows with the square of its length. Callers hold ids and views across it, never a
   * record: a record read before it is read again after it.
   */
  void checkpoint();
}
