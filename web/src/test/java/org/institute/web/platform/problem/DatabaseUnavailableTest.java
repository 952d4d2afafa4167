package org.institute.web.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionalException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aLostConnectionDeepInTheChainIsTheDatabaseBeingAway() {
    var driver = new SQLNonTransientConnectionException("(conn=216) Socket error", "08000");
    var wrapped = new PersistenceException(new RuntimeException("could not execute", driver));
    assertThat(DatabaseUnavailable.isCause(wrapped)).isTrue();
    assertThat(DatabaseUnavailable.isCause(new SQLTransientConnectionException("pool empty")))
        .isTrue();
    assertThat(
            DatabaseUnavailable.isCause(new SQLException("Communications link failure", "08S01")))
        .isTrue();
  }

  @Test
  void aTransactionThatCouldNotEndOnItsResourceIsTheDatabaseBeingAway() {
    // as Payara reported a connection cut between a query and the end of its transaction
    var rollback =
        new SystemException(
            "org.omg.CORBA.INTERNAL: JTS5031: Exception [org.omg.CORBA.INTERNAL: completed: Maybe]"
                + " on Resource [rollback] operation.");
    var interceptor =
        new TransactionalException(
            "Managed bean with Transactional annotation encountered"
                + " exception during commit "
                + rollback,
            rollback);
    assertThat(DatabaseUnavailable.isCause(interceptor)).isTrue();
    assertThat(DatabaseUnavailable.isCause(new RollbackException("marked for rollback"))).isFalse();
  }

  @Test
  void theServersPoolExceptionsAreRecognisedByName() {
    class PoolingException extends Exception {}
    // the real class lives in the server; a look-alike of another package must not match
    assertThat(DatabaseUnavailable.isCause(new RuntimeException(new PoolingException()))).isFalse();
  }

  @Test
  void constraintViolationsAndBugsAreNotOutages() {
    var duplicate =
        new ConstraintViolationException("dup", new SQLException("Duplicate entry", "23000"), "uk");
    assertThat(DatabaseUnavailable.isCause(duplicate)).isFalse();
    assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug"))).isFalse();
    assertThat(DatabaseUnavailable.isCause(null)).isFalse();
  }
}
