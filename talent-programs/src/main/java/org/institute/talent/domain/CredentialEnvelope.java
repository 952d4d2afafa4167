package org.institute.talent.domain;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.institute.core.Jsonp;
import org.institute.talent.CredentialFields;

/** What a person may paste or upload to have a credential checked, and when it has expired. */
public final class CredentialEnvelope {

  static final String DATA_URL = "data:application/vc+jwt,";

  private CredentialEnvelope() {}

  /**
   * The compact JWS in a text: the text itself, or the {@code id} of a VC 2.0 {@code
   * EnvelopedVerifiableCredential} ({@code data:application/vc+jwt,...}).
   */
  public static String compactJws(String text) {
    String t = text == null ? "" : text.strip();
    if (t.startsWith("{")) {
      try (var reader = Jsonp.reader(new StringReader(t))) {
        JsonObject object = reader.readObject();
        if (object.get("id") instanceof JsonString id && id.getString().startsWith(DATA_URL)) {
          return URLDecoder.decode(
              id.getString().substring(DATA_URL.length()), StandardCharsets.UTF_8);
        }
      } catch (RuntimeException e) {
        return t;
      }
    }
    return t;
  }

  /** The VC 2.0 envelope of a compact JWS, the JSON form of a credential for download. */
  public static String envelope(String compactJws) {
    return Jsonp.objectBuilder()
        .add("@context", Jsonp.arrayBuilder().add(OpenBadgeCredential.VC_CONTEXT))
        .add("id", DATA_URL + compactJws)
        .add("type", "EnvelopedVerifiableCredential")
        .build()
        .toString();
  }

  /** Whether a credential's {@code validUntil} has passed (an unreadable one counts as passed). */
  public static boolean expired(CredentialFields fields, Instant now) {
    if (fields.validUntil() == null) {
      return false;
    }
    try {
      return !Instant.parse(fields.validUntil()).isAfter(now);
    } catch (DateTimeParseException e) {
      return true;
    }
  }
}
