package org.institute.core;

import java.io.Serializable;

/**
 * The result of checking a compact JWS: whether the signature holds, the key id and {@code typ} of
 * its header, and the payload as signed (present only when it could be decoded). {@code problem} is
 * a message key saying why a check failed, {@code null} when it held.
 */
public record SignatureCheck(
    boolean valid, String keyId, String type, String payloadJson, String problem)
    implements Serializable {

  public static SignatureCheck failed(String problem, String keyId, String type, String payload) {
    return new SignatureCheck(false, keyId, type, payload, problem);
  }
}
