package org.institute.core.domain;

import java.util.Optional;

public interface UserAccountRepository {
  Optional<UserAccount> findByUsername(String username);

  UserAccount add(UserAccount account);

  long count();
}
