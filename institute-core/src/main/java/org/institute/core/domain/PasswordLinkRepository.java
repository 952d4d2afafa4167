package org.institute.core.domain;

import java.util.List;
import java.util.Optional;

public interface PasswordLinkRepository {
  void add(PasswordLink link);

  /** The link with this token hash, locked for the rest of the transaction. */
  Optional<PasswordLink> findForUpdate(String tokenHash);

  List<PasswordLink> openLinksOf(long userId);
}
