package org.institute.core.domain;

import java.util.List;
import java.util.Optional;

/** Personal access tokens. */
public interface AccessTokenRepository {

  void add(AccessToken token);

  Optional<AccessToken> find(long id);

  Optional<AccessToken> byHash(String hash);

  /** One user's tokens or (null) everyone's, newest first. */
  List<AccessToken> of(String username);
}
