package org.institute.core;

import java.io.Serializable;
import java.util.Optional;

/**
 * Remembers the first response to a request sent with an {@code Idempotency-Key}, so that the same
 * request sent again by the same user is answered from memory instead of acting twice
 * (docs/decisions/0012-idempotency-keys.md). Each method runs in its own transaction, apart from
 * the business transaction of the request.
 */
public interface IdempotencyRecords {

  /** The longest key accepted. */
  int MAX_KEY_LENGTH = 128;

  /**
   * Claims the key for this user and request. Returns {@link Claim#claimed()} when this request is
   * the first with the key; otherwise what the first one left: a stored response, a request still
   * in progress, or a different request under the same key.
   *
   * @param requestHash a digest of method, path and body that tells a repeat from a different
   *     request
   */
  Claim claim(String username, String key, String requestHash);

  /** Stores the response to a claimed key; later repeats get exactly this. */
  void complete(String username, String key, StoredResponse response);

  /** Forgets a claim whose request failed on the server's side, so that the client may retry. */
  void release(String username, String key);

  /** A response as it is replayed: status, media type, the Location header and the body. */
  record StoredResponse(int status, String mediaType, String location, byte[] body)
      implements Serializable {
    public StoredResponse {
      body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
      return body.clone();
    }
  }

  /** What {@link #claim} found. */
  record Claim(Outcome outcome, Optional<StoredResponse> response) implements Serializable {
    public static Claim claimed() {
      return new Claim(Outcome.CLAIMED, Optional.empty());
    }

    public static Claim of(Outcome outcome) {
      return new Claim(outcome, Optional.empty());
    }

    public static Claim replay(StoredResponse response) {
      return new Claim(Outcome.REPLAY, Optional.of(response));
    }
  }

  enum Outcome {
    /** First use of the key: go ahead, then {@link #complete} or {@link #release}. */
    CLAIMED,
    /** The same request was answered before: send the stored response again. */
    REPLAY,
    /** The same request is still being processed by another call. */
    IN_PROGRESS,
    /** The key was used for a different request (another body or address). */
    MISMATCH
  }
}
