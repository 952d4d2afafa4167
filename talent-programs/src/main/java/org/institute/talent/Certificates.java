package org.institute.talent;

import java.util.Optional;

/** Certificates issued on completion: public verification, listing, the PDF, revocation. */
public interface Certificates {

  /** Anyone, without signing in, may check a code. */
  Optional<PublicCertificate> verify(String code);

  /** Sort keys {@link #list} accepts. */
  java.util.List<String> SORTS = java.util.List.of("issuedOn", "holder");

  Page<CertificateView> list(String sort, int offset, int limit);

  /** The certificate PDF; coordinators and admins. */
  Optional<byte[]> pdf(String code);

  /** Revokes with a reason; coordinators and admins; audited. */
  CertificateView revoke(String code, String reason);
}
