package org.institute.talent;

import java.util.Optional;

/** Certificates issued on completion: public verification, listing, the PDF, revocation. */
public interface Certificates {

  /** Anyone, without signing in, may check a code. */
  Optional<PublicCertificate> verify(String code);

  /** Sort keys {@link #list} accepts. */
  java.util.List<String> SORTS = java.util.List.of("issuedOn", "holder");

  /**
   * The same list as {@link #slice} by position, with its total: the API's deprecated offsets.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code sort} or {@code q}
   */
  Page<CertificateView> list(String text, String sort, int offset, int limit);

  /**
   * The certificates by keyset (decision 0124), searched as {@link #search} searches when {@code
   * text} is given, in the order of a key of {@link #SORTS} (none or {@code issuedOn}: the newest
   * first; {@code holder}: from A), ties by id; counted only when the page asks for the exact
   * total; coordinators and admins.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code sort}, {@code q} or {@code
   *     cursor}
   */
  org.institute.core.Slice<CertificateView> slice(
      String text, String sort, org.institute.core.PageRequest page);

  /** The fields {@link #search} sorts by. */
  java.util.List<String> SEARCH_SORTS = java.util.List.of("issuedOn", "holder", "programme");

  /** The order without a sort: the newest first. */
  org.institute.core.ListSort DEFAULT_SORT = org.institute.core.ListSort.descending("issuedOn");

  /**
   * A page of certificates searched in SQL by {@code text} (the holder's name in either script, the
   * programme's title in either language, or the verification code) and sorted by one of {@link
   * #SEARCH_SORTS} ({@code holder,asc}; blank is {@link #DEFAULT_SORT}); coordinators and admins
   * (decision 0085).
   *
   * @throws org.institute.core.InvalidCommandException naming {@code sort} or {@code q}
   */
  Page<CertificateView> search(String text, String sort, int offset, int limit);

  /** The certificate PDF; coordinators and admins. */
  Optional<byte[]> pdf(String code);

  /**
   * The certificate's signed Open Badges credential (compact JWS, {@code vc+jwt}); anyone who has
   * the code, as the public page. Made on first request for certificates issued before credentials
   * existed.
   */
  Optional<String> credential(String code);

  /** A revocation status list as a signed {@code BitstringStatusListCredential}; anyone. */
  Optional<String> statusList(int list);

  /** The institute's issuer profile (Open Badges {@code Profile}, JSON-LD); anyone. */
  String issuerProfile();

  /**
   * Checks a credential anyone pastes or uploads: the compact JWS, or the JSON of a VC 2.0 {@code
   * EnvelopedVerifiableCredential} whose {@code id} is a {@code data:application/vc+jwt,} URL
   * carrying it; anyone.
   */
  CredentialCheck check(String credential);

  /** Revokes with a reason; coordinators and admins; audited. */
  CertificateView revoke(String code, String reason);
}
