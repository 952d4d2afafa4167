package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.institute.core.Transactions;

/** {@link Transactions} through the container's interceptor: each call a new JTA transaction. */
@ApplicationScoped
class OwnTransactions implements Transactions {

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inOwnTransaction(Supplier<T> work) {
    return work.get();
  }
}
