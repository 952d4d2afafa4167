package org.institute.core;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Personal access tokens (decision 0096): any signed-in user creates tokens for their own use of
 * the API, each with a name, scopes, an expiry date and optionally a lower rate limit; the secret
 * is shown once and stored only as its SHA-256 hash. Owners revoke their tokens; admins list and
 * revoke anyone's. Every creation and revocation is audited.
 */
public interface AccessTokens {

  /** How every access token's secret begins (sign-in tokens are JWTs and never do). */
  String SECRET_PREFIX = "ipat_";

  /** The longest a token may live: a year and a day, so that "a year from today" fits. */
  int MAX_DAYS = 366;

  /** Creates a token for the caller; the answer carries its secret, shown this once only. */
  Created create(NewAccessToken command);

  /** The caller's own tokens, newest first. */
  List<AccessTokenView> mine();

  /**
   * The scopes worth offering the caller on a new token: every module's, and the administration's
   * only as far as the caller administers anything (reading for auditors and council members, who
   * read the audit trail or the exchange rates; writing for admins). A token never acts beyond its
   * user's roles, so a scope not offered would grant nothing.
   */
  List<ApiScope> offeredScopes();

  /** Every user's tokens, or one user's, newest first: admins only. */
  List<AccessTokenView> all(String username);

  /**
   * Revokes a token: the caller's own, or anyone's for an admin. Revoking twice changes nothing.
   */
  AccessTokenView revoke(long tokenId);

  /**
   * The grant of a secret that is a live token (neither revoked nor expired); notes its use. Called
   * by the authentication mechanism before anybody is signed in.
   */
  Optional<Grant> authenticate(String secret);

  /** A token to create: name, scopes, the last day it works, an optional rate per minute. */
  record NewAccessToken(
      String name, Set<ApiScope> scopes, LocalDate expiresOn, Integer ratePerMinute)
      implements Serializable {}

  /** A token as its owner and admins see it, never its secret; scopes by their wire names. */
  record AccessTokenView(
      long id,
      String username,
      String name,
      String prefix,
      List<String> scopes,
      Instant createdAt,
      Instant expiresAt,
      Instant lastUsedAt,
      Instant revokedAt,
      Integer ratePerMinute,
      boolean active)
      implements Serializable {

    public AccessTokenView {
      scopes = List.copyOf(scopes);
    }

    /** The scopes as constants, for pages that label them. */
    public List<ApiScope> scopeList() {
      return scopes.stream().map(ApiScope::parse).flatMap(Optional::stream).toList();
    }
  }

  /** A new token and its secret ({@code ipat_} and 43 characters), shown once. */
  record Created(AccessTokenView token, String secret) implements Serializable {}

  /** What a live token lets its bearer do: act as {@code username} within {@code scopes}. */
  record Grant(long tokenId, String username, Set<ApiScope> scopes, Integer ratePerMinute)
      implements Serializable {}
}
