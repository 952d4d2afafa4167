package org.institute.core;

/**
 * The institute's signature on credentials it issues: compact JWS (RFC 7515) with Ed25519 keys
 * ({@code alg} EdDSA), whose public halves are published as a JSON Web Key Set so that anyone can
 * check a credential without the server. Keys rotate; retired keys stay published, so what was
 * signed with them still verifies.
 */
public interface CredentialSigning {

  /**
   * Signs a JSON payload with the current key; {@code type} goes into the {@code typ} header (for
   * example {@code vc+jwt}), the key's id into {@code kid}.
   */
  String sign(String type, String payloadJson);

  /** Checks a compact JWS against the published keys; never throws on bad input. */
  SignatureCheck verify(String compactJws);

  /** The JSON Web Key Set of every key the institute has signed with, the current one first. */
  String publicKeySet();
}
