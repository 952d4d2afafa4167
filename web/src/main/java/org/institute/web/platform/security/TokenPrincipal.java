package org.institute.web.platform.security;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;

/** A verified bearer token, as a MicroProfile JWT principal. */
public final class TokenPrincipal implements JsonWebToken {

  private final String raw;
  private final JwtClaims claims;

  TokenPrincipal(String raw, JwtClaims claims) {
    this.raw = raw;
    this.claims = claims;
  }

  @Override
  public String getName() {
    Object upn = claims.getClaimValue("upn");
    return upn != null ? upn.toString() : getSubject();
  }

  @Override
  public Set<String> getClaimNames() {
    Set<String> names = new HashSet<>(claims.getClaimNames());
    names.add("raw_token");
    return names;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T getClaim(String claimName) {
    if ("raw_token".equals(claimName)) {
      return (T) raw;
    }
    if ("groups".equals(claimName)) {
      return (T) getGroups();
    }
    return (T) claims.getClaimValue(claimName);
  }

  @Override
  public Set<String> getGroups() {
    try {
      List<String> groups = claims.getStringListClaimValue("groups");
      return groups == null ? Set.of() : Set.copyOf(groups);
    } catch (MalformedClaimException e) {
      return Set.of();
    }
  }
}
