package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.function.Supplier;
import org.institute.core.Transactions;

/**
 * {@link Transactions} through the container's interceptor (each unit of work a new JTA
 * transaction) and the persistence context the transaction shares with every repository.
 */
@ApplicationScoped
class JtaTransactions implements Transactions {

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public <T> T inOwnTransaction(Supplier<T> work) {
    return work.get();
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void checkpoint() {
    em.flush();
    em.clear();
  }
}
