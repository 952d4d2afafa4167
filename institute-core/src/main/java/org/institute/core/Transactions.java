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
}
