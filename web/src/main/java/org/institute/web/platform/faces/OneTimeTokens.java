package org.institute.web.platform.faces;

import java.io.Serializable;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashSet;

/**
 * The one-time tokens of one session's rendered forms: each rendered form gets a fresh token, and a
 * token is accepted once. A second submission of the same form (a double click, a reload of the
 * POST, a replayed request) finds its token used and is refused. The newest {@link #capacity}
 * tokens are kept, so that many open tabs or long-lived pages never make the session grow without
 * bound; a form older than that is refused like a used one and shown again with a new token.
 */
public final class OneTimeTokens implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The longest token accepted; anything longer is not one of ours. */
  static final int MAX_LENGTH = 64;

  private final int capacity;
  private final LinkedHashSet<String> issued = new LinkedHashSet<>();

  public OneTimeTokens(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive: " + capacity);
    }
    this.capacity = capacity;
  }

  /** A new token for a form being rendered; the oldest one is forgotten when the store is full. */
  public synchronized String issue() {
    byte[] bytes = new byte[18];
    RANDOM.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    issued.add(token);
    while (issued.size() > capacity) {
      Iterator<String> oldest = issued.iterator();
      oldest.next();
      oldest.remove();
    }
    return token;
  }

  /**
   * Uses the token: true the first time for a token this store issued, false for a used, unknown,
   * forgotten, blank or missing one. Atomic, so that of two simultaneous submissions one wins.
   */
  public synchronized boolean consume(String token) {
    if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
      return false;
    }
    return issued.remove(token);
  }

  /** How many tokens wait to be used. */
  public synchronized int pending() {
    return issued.size();
  }
}
