package org.institute.talent.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.CredentialSigning;
import org.institute.core.PublicLinks;
import org.institute.talent.DeliveryMode;
import org.institute.talent.domain.Certificate;
import org.institute.talent.domain.CertificateRepository;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CredentialClaims;
import org.institute.talent.domain.IssuerProfile;
import org.institute.talent.domain.OpenBadgeCredential;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.Session;
import org.institute.talent.domain.StatusSlot;

/**
 * Makes a certificate's signed credential: a place in the status lists, a salt for the holder's
 * hashed e-mail address, the Open Badges credential and the institute's signature; and says where
 * the institute publishes its profile, keys and status lists.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
class CredentialIssuer {

  /** Where the issuer's profile, keys and status lists are published, under the public URL. */
  static final String ISSUER_PATH = "/api/v1/credentials/issuer";

  static final String KEYS_PATH = "/api/v1/credentials/keys";
  static final String STATUS_PATH = "/api/v1/credentials/status/";

  private final SecureRandom random = new SecureRandom();

  @Inject private CertificateRepository certificates;
  @Inject private CredentialSigning signing;
  @Inject private PublicLinks publicLinks;

  @Inject
  @ConfigProperty(
      name = "institute.issuer.name",
      defaultValue = "Sino-Singapore International Joint Research Institute")
  String nameEn;

  @Inject
  @ConfigProperty(name = "institute.issuer.name.zh", defaultValue = "中新国际联合研究院")
  String nameZh;

  String issue(
      Certificate certificate,
      Participant holder,
      Programme programme,
      Cohort cohort,
      List<Session> sessions) {
    StatusSlot slot =
        StatusSlot.allocate(
            certificates.placedInStatusLists(), random, certificates::statusSlotTaken);
    byte[] saltBytes = new byte[16];
    random.nextBytes(saltBytes);
    String salt = HexFormat.of().formatHex(saltBytes);
    Set<DeliveryMode> modes = EnumSet.noneOf(DeliveryMode.class);
    sessions.forEach(s -> modes.add(s.deliveryMode()));
    CredentialClaims claims =
        new CredentialClaims(
            certificate.code(),
            publicLinks.to("/verify/" + certificate.code()),
            issuer(),
            certificate.issuedAt(),
            null,
            certificate.holderLatin(),
            certificate.holderZh(),
            holder.email(),
            salt,
            publicLinks.to(ISSUER_PATH)
                + "#achievement-"
                + programme.code()
                + "-cohort-"
                + cohort.id(),
            programme.code(),
            certificate.programmeEn(),
            certificate.programmeZh(),
            programme.descriptionEn(),
            cohort.name(),
            cohort.startsOn(),
            cohort.endsOn(),
            sessions.stream().mapToInt(Session::durationMinutes).sum(),
            modes.stream().map(Enum::name).toList(),
            programme.completionRule(),
            slot,
            statusListUrl(slot.list()));
    String signed = signing.sign(OpenBadgeCredential.MEDIA_TYPE, OpenBadgeCredential.json(claims));
    certificate.attachCredential(signed, slot, salt);
    return signed;
  }

  IssuerProfile issuer() {
    return new IssuerProfile(
        publicLinks.to(ISSUER_PATH),
        nameEn,
        nameZh == null || nameZh.isBlank() ? null : nameZh,
        publicLinks.to("/"),
        publicLinks.to(KEYS_PATH));
  }

  String statusListUrl(int list) {
    return publicLinks.to(STATUS_PATH + list);
  }
}
