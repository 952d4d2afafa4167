package org.institute.talent;

import java.io.Serializable;

/**
 * The result of checking a signed credential: whether the institute's signature holds (and with
 * which key), its revocation status ({@link #VALID}, {@link #REVOKED}, or {@link #UNKNOWN} when it
 * names no status list of this institute), a message key saying what failed, and what it says.
 */
public record CredentialCheck(
    boolean signatureValid, String keyId, String status, String problem, CredentialFields fields)
    implements Serializable {

  public static final String VALID = "VALID";
  public static final String REVOKED = "REVOKED";
  public static final String UNKNOWN = "UNKNOWN";

  /** Signed by the institute, not revoked, not expired. */
  public boolean valid() {
    return signatureValid && problem == null && VALID.equals(status);
  }
}
