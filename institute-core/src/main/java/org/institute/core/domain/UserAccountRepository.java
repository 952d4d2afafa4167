package org.institute.core.domain;

import java.util.List;
import java.util.Optional;
import org.institute.core.UserQuery;

public interface UserAccountRepository {
  Optional<UserAccount> findByUsername(String username);

  Optional<UserAccount> find(long id);

  UserAccount add(UserAccount account);

  long count();

  /** Enabled accounts that hold the role. */
  long countEnabledWith(org.institute.core.Role role);

  /** A page of accounts with their roles, in a constant number of statements. */
  List<UserAccount> search(UserQuery query, int firstResult, int maxResults);

  long count(UserQuery query);

  /** Writes pending changes now, so that ids and versions are current. */
  void flush();
}
