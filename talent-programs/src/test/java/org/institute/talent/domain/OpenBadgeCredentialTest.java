package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.talent.CredentialFields;
import org.junit.jupiter.api.Test;

class OpenBadgeCredentialTest {

  private static final IssuerProfile ISSUER =
      new IssuerProfile(
          "https://i.example/api/v1/credentials/issuer",
          "Institute",
          "研究院",
          "https://i.example/",
          "https://i.example/api/v1/credentials/keys");

  private static CredentialClaims claims(String holderZh, Instant validUntil, boolean assessed) {
    return new CredentialClaims(
        "CODE",
        "https://i.example/verify/CODE",
        ISSUER,
        Instant.parse("2027-07-01T04:00:00Z"),
        validUntil,
        "Tan Mei Ling",
        holderZh,
        "Mei@Example.com",
        "00ff",
        "https://i.example/api/v1/credentials/issuer#achievement-MM-cohort-9",
        "MM",
        "MiniMasters",
        "微硕士",
        null,
        "2027 intake",
        LocalDate.of(2027, 3, 1),
        LocalDate.of(2027, 6, 30),
        1230,
        List.of("SINGAPORE_CAMPUS", "ONLINE"),
        new CompletionRule(80, assessed),
        new StatusSlot(1, 94_567),
        "https://i.example/api/v1/credentials/status/1");
  }

  private static JsonObject json(CredentialClaims c) {
    return Json.createReader(new StringReader(OpenBadgeCredential.json(c))).readObject();
  }

  @Test
  void isAnOpenBadgeCredentialInTheVc2DataModel() {
    JsonObject vc = json(claims("陈美玲", null, true));

    assertThat(vc.getJsonArray("@context").getString(0))
        .isEqualTo("https://www.w3.org/ns/credentials/v2");
    assertThat(vc.getJsonArray("@context").getString(1)).contains("ob/v3p0/context-3.0");
    assertThat(vc.getJsonArray("type").getString(0)).isEqualTo("VerifiableCredential");
    assertThat(vc.getJsonArray("type").getString(1)).isEqualTo("OpenBadgeCredential");
    assertThat(vc.getString("id")).isEqualTo("https://i.example/verify/CODE");
    assertThat(vc.getJsonObject("issuer").getString("id")).isEqualTo(ISSUER.id());
    assertThat(vc.getJsonObject("issuer").getJsonArray("type").getString(0)).isEqualTo("Profile");
    assertThat(vc.getString("validFrom")).isEqualTo("2027-07-01T04:00:00Z");
    assertThat(vc.containsKey("validUntil")).isFalse();
    assertThat(vc.getJsonArray("credentialSchema").getJsonObject(0).getString("type"))
        .isEqualTo("1EdTechJsonSchemaValidator2019");
  }

  @Test
  void statusNamesTheListAndTheBit() {
    JsonObject status = json(claims(null, null, false)).getJsonObject("credentialStatus");

    assertThat(status.getString("type")).isEqualTo("BitstringStatusListEntry");
    assertThat(status.getString("statusPurpose")).isEqualTo("revocation");
    assertThat(status.getString("statusListIndex")).isEqualTo("94567");
    assertThat(status.getString("statusListCredential"))
        .isEqualTo("https://i.example/api/v1/credentials/status/1");
    assertThat(status.getString("id"))
        .isEqualTo("https://i.example/api/v1/credentials/status/1#94567");
  }

  @Test
  void theHolderIsNamedInBothScriptsAndKnownByASaltedHashOfTheAddress() {
    JsonObject subject = json(claims("陈美玲", null, true)).getJsonObject("credentialSubject");
    var ids = subject.getJsonArray("identifier");

    assertThat(subject.getJsonArray("type").getString(0)).isEqualTo("AchievementSubject");
    assertThat(ids).hasSize(3);
    assertThat(ids.getJsonObject(0).getString("identityType")).isEqualTo("emailAddress");
    assertThat(ids.getJsonObject(0).getBoolean("hashed")).isTrue();
    assertThat(ids.getJsonObject(0).getString("salt")).isEqualTo("00ff");
    assertThat(ids.getJsonObject(0).getString("identityHash"))
        .isEqualTo(OpenBadgeCredential.identityHash("mei@example.com", "00ff"));
    assertThat(ids.getJsonObject(1).getString("identityHash")).isEqualTo("Tan Mei Ling");
    assertThat(ids.getJsonObject(2).getString("identityHash")).isEqualTo("陈美玲");
    assertThat(ids.getJsonObject(2).getString("inLanguage")).isEqualTo("zh-CN");
    assertThat(
            json(claims(null, null, true))
                .getJsonObject("credentialSubject")
                .getJsonArray("identifier"))
        .hasSize(2);
  }

  @Test
  void identityHashIsSha256OfTheLowerCaseAddressAndSalt() {
    // printf 'mei@example.com00ff' | sha256sum
    assertThat(OpenBadgeCredential.identityHash(" Mei@Example.com ", "00ff"))
        .isEqualTo("sha256$" + sha256Hex("mei@example.com00ff"));
    assertThat(OpenBadgeCredential.identityHash("mei@example.com", "00fe"))
        .isNotEqualTo(OpenBadgeCredential.identityHash("mei@example.com", "00ff"));
  }

  private static String sha256Hex(String text) {
    try {
      return java.util.HexFormat.of()
          .formatHex(
              java.security.MessageDigest.getInstance("SHA-256")
                  .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void theAchievementCarriesProgrammeCohortHoursModesAndCriteria() {
    JsonObject a =
        json(claims(null, null, true))
            .getJsonObject("credentialSubject")
            .getJsonObject("achievement");

    assertThat(a.getString("achievementType")).isEqualTo("Certificate");
    assertThat(a.getString("name")).isEqualTo("MiniMasters");
    assertThat(a.getString("nameZh")).isEqualTo("微硕士");
    assertThat(a.getString("description")).isEqualTo("MiniMasters");
    assertThat(a.getString("humanCode")).isEqualTo("MM");
    assertThat(a.getString("cohort")).isEqualTo("2027 intake");
    assertThat(a.getString("startDate")).isEqualTo("2027-03-01");
    assertThat(a.getString("endDate")).isEqualTo("2027-06-30");
    assertThat(a.getJsonNumber("hoursOfInstruction").bigDecimalValue())
        .isEqualByComparingTo("20.5");
    assertThat(a.getJsonArray("deliveryModes").getString(1)).isEqualTo("ONLINE");
    assertThat(a.getJsonObject("criteria").getString("narrative"))
        .isEqualTo(
            "Attended at least 80 % of the sessions and passed the assessment.\n\n"
                + "出勤率不低于80%，并通过考核。");
  }

  @Test
  void criteriaWithoutAssessmentAndHoursInWholeOrPartHours() {
    assertThat(OpenBadgeCredential.criteria(new CompletionRule(75, false)))
        .isEqualTo("Attended at least 75 % of the sessions.\n\n出勤率不低于75%。");
    assertThat(OpenBadgeCredential.hours(120).toPlainString()).isEqualTo("2");
    assertThat(OpenBadgeCredential.hours(100).toPlainString()).isEqualTo("1.67");
    assertThat(OpenBadgeCredential.hours(0).toPlainString()).isEqualTo("0");
  }

  @Test
  void anExpiryIsWrittenWhenThereIsOne() {
    JsonObject vc = json(claims(null, Instant.parse("2030-01-01T00:00:00Z"), false));

    assertThat(vc.getString("validUntil")).isEqualTo("2030-01-01T00:00:00Z");
  }

  @Test
  void readingGivesBackWhatWasWritten() {
    CredentialFields f =
        CredentialReading.read(OpenBadgeCredential.json(claims("陈美玲", null, true))).orElseThrow();

    assertThat(f.holderLatin()).isEqualTo("Tan Mei Ling");
    assertThat(f.holderZh()).isEqualTo("陈美玲");
    assertThat(f.issuerName()).isEqualTo("Institute");
    assertThat(f.issuerId()).isEqualTo(ISSUER.id());
    assertThat(f.hours()).isEqualTo("20.5");
    assertThat(f.deliveryModes()).containsExactly("SINGAPORE_CAMPUS", "ONLINE");
    assertThat(f.statusListIndex()).isEqualTo("94567");
    assertThat(f.criteria()).startsWith("Attended at least 80 %");
    assertThat(f.startDate()).isEqualTo("2027-03-01");
    assertThat(f.validUntil()).isNull();
  }

  @Test
  void readingToleratesWhatIsMissingAndRefusesWhatIsNoObject() {
    assertThat(CredentialReading.read("not json")).isEmpty();
    assertThat(CredentialReading.read(null)).isEmpty();
    assertThat(CredentialReading.read("[1]")).isEmpty();
    CredentialFields f =
        CredentialReading.read(
                "{\"issuer\":\"https://x\",\"credentialSubject\":{\"identifier\":"
                    + "{\"identityType\":\"name\",\"identityHash\":\"A\"}}}")
            .orElseThrow();
    assertThat(f.issuerId()).isEqualTo("https://x");
    assertThat(f.issuerName()).isNull();
    assertThat(f.holderLatin()).isEqualTo("A");
    assertThat(f.achievementName()).isNull();
    assertThat(f.deliveryModes()).isEmpty();
  }

  @Test
  void theIssuerProfileIsPublishedWithItsKeys() {
    JsonObject profile = Json.createReader(new StringReader(ISSUER.document())).readObject();

    assertThat(profile.getString("id")).isEqualTo(ISSUER.id());
    assertThat(profile.getString("nameZh")).isEqualTo("研究院");
    assertThat(profile.getString("publicKeys")).isEqualTo(ISSUER.keysUrl());
    assertThat(new IssuerProfile("i", "n", null, "u", "k").json().containsKey("nameZh")).isFalse();
  }

  @Test
  void theStatusListCredentialCarriesTheRevokedBits() {
    JsonObject list =
        Json.createReader(
                new StringReader(
                    StatusListCredential.json(
                        "https://i.example/s/1",
                        ISSUER,
                        Instant.parse("2027-07-01T00:00:00Z"),
                        List.of(42))))
            .readObject();

    assertThat(list.getJsonArray("type").getString(1)).isEqualTo("BitstringStatusListCredential");
    assertThat(list.getString("issuer")).isEqualTo(ISSUER.id());
    JsonObject subject = list.getJsonObject("credentialSubject");
    assertThat(subject.getString("type")).isEqualTo("BitstringStatusList");
    assertThat(subject.getString("statusPurpose")).isEqualTo("revocation");
    assertThat(StatusBitstring.isSet(subject.getString("encodedList"), 42)).isTrue();
    assertThat(StatusBitstring.isSet(subject.getString("encodedList"), 41)).isFalse();
  }
}
