package org.institute.talent.domain;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.institute.core.Jsonp;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} in the W3C Verifiable Credentials
 * Data Model 2.0: the JSON the institute signs as {@code vc+jwt}. Properties Open Badges has no
 * term for (the cohort, hours, the Chinese names) fall under the VC 2.0 context's issuer-dependent
 * vocabulary.
 */
public final class OpenBadgeCredential {

  public static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";
  public static final String OB_CONTEXT =
      "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json";
  public static final String OB_SCHEMA =
      "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

  /** The JOSE {@code typ} of a JOSE-secured credential (VC-JOSE-COSE). */
  public static final String MEDIA_TYPE = "vc+jwt";

  private OpenBadgeCredential() {}

  public static String json(CredentialClaims c) {
    JsonObjectBuilder credential =
        Jsonp.objectBuilder()
            .add("@context", Jsonp.arrayBuilder().add(VC_CONTEXT).add(OB_CONTEXT))
            .add("id", c.credentialId())
            .add(
                "type", Jsonp.arrayBuilder().add("VerifiableCredential").add("OpenBadgeCredential"))
            .add("issuer", c.issuer().json())
            .add("validFrom", c.validFrom().toString());
    if (c.validUntil() != null) {
      credential.add("validUntil", c.validUntil().toString());
    }
    return credential
        .add("name", c.programmeEn())
        .add("credentialSubject", subject(c))
        .add(
            "credentialStatus",
            Jsonp.objectBuilder()
                .add("id", c.statusListUrl() + "#" + c.status().index())
                .add("type", "BitstringStatusListEntry")
                .add("statusPurpose", "revocation")
                .add("statusListIndex", Integer.toString(c.status().index()))
                .add("statusListCredential", c.statusListUrl()))
        .add(
            "credentialSchema",
            Jsonp.arrayBuilder()
                .add(
                    Jsonp.objectBuilder()
                        .add("id", OB_SCHEMA)
                        .add("type", "1EdTechJsonSchemaValidator2019")))
        .build()
        .toString();
  }

  private static JsonObjectBuilder subject(CredentialClaims c) {
    JsonArrayBuilder identifiers =
        Jsonp.arrayBuilder()
            .add(
                Jsonp.objectBuilder()
                    .add("type", "IdentityObject")
                    .add("identityHash", identityHash(c.email(), c.salt()))
                    .add("identityType", "emailAddress")
                    .add("hashed", true)
                    .add("salt", c.salt()))
            .add(name(c.holderLatin(), "en"));
    if (c.holderZh() != null) {
      identifiers.add(name(c.holderZh(), "zh-CN"));
    }
    return Jsonp.objectBuilder()
        .add("type", Jsonp.arrayBuilder().add("AchievementSubject"))
        .add("identifier", identifiers)
        .add("achievement", achievement(c));
  }

  private static JsonObjectBuilder name(String name, String language) {
    return Jsonp.objectBuilder()
        .add("type", "IdentityObject")
        .add("identityHash", name)
        .add("identityType", "name")
        .add("hashed", false)
        .add("inLanguage", language);
  }

  private static JsonObjectBuilder achievement(CredentialClaims c) {
    JsonArrayBuilder modes = Jsonp.arrayBuilder();
    c.deliveryModes().forEach(modes::add);
    JsonObjectBuilder a =
        Jsonp.objectBuilder()
            .add("id", c.achievementId())
            .add("type", Jsonp.arrayBuilder().add("Achievement"))
            .add("achievementType", "Certificate")
            .add("humanCode", c.programmeCode())
            .add("name", c.programmeEn())
            .add(
                "description",
                c.descriptionEn() == null || c.descriptionEn().isBlank()
                    ? c.programmeEn()
                    : c.descriptionEn())
            .add("criteria", Jsonp.objectBuilder().add("narrative", criteria(c.rule())))
            .add("inLanguage", "en")
            .add("cohort", c.cohortName())
            .add("startDate", c.startsOn().toString())
            .add("endDate", c.endsOn().toString())
            .add("hoursOfInstruction", hours(c.minutesOfInstruction()))
            .add("deliveryModes", modes);
    if (c.programmeZh() != null) {
      a.add("nameZh", c.programmeZh());
    }
    return a;
  }

  /** Hours with at most two decimals, trailing zeros dropped: 90 minutes is 1.5. */
  static BigDecimal hours(int minutes) {
    return BigDecimal.valueOf(minutes)
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP)
        .stripTrailingZeros();
  }

  /** The completion rule in words, English then Chinese. */
  static String criteria(CompletionRule rule) {
    String en = "Attended at least " + rule.minAttendancePercent() + " % of the sessions";
    String zh = "出勤率不低于" + rule.minAttendancePercent() + "%";
    if (rule.assessmentRequired()) {
      en += " and passed the assessment";
      zh += "，并通过考核";
    }
    return en + ".\n\n" + zh + "。";
  }

  /**
   * Open Badges 3.0 {@code IdentityObject} hash: {@code sha256$} and the hex SHA-256 of the
   * identity (an e-mail address in lower case) followed by the salt.
   */
  public static String identityHash(String identity, String salt) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (identity.strip().toLowerCase(Locale.ROOT) + salt)
                      .getBytes(StandardCharsets.UTF_8));
      return "sha256$" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
