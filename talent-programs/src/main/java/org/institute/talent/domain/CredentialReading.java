package org.institute.talent.domain;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.institute.core.Jsonp;
import org.institute.talent.CredentialFields;

/**
 * Reads the fields of an Open Badges credential's JSON for display; tolerant of what is missing.
 */
public final class CredentialReading {

  private CredentialReading() {}

  /** The fields, or empty when the text is not a JSON object. */
  public static Optional<CredentialFields> read(String json) {
    JsonObject root;
    try (var reader = Jsonp.reader(new StringReader(json == null ? "" : json))) {
      root = reader.readObject();
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    JsonObject subject = object(root, "credentialSubject");
    JsonObject achievement = object(subject, "achievement");
    JsonObject status = object(root, "credentialStatus");
    JsonValue issuer = root.get("issuer");
    String issuerId =
        issuer instanceof JsonString s ? s.getString() : string(asObject(issuer), "id");
    String holderLatin = null;
    String holderZh = null;
    String emailHash = null;
    for (JsonObject id : objects(subject == null ? null : subject.get("identifier"))) {
      String type = string(id, "identityType");
      if ("emailAddress".equals(type)) {
        emailHash = string(id, "identityHash");
      } else if ("name".equals(type) && "zh-CN".equals(string(id, "inLanguage"))) {
        holderZh = string(id, "identityHash");
      } else if ("name".equals(type) && holderLatin == null) {
        holderLatin = string(id, "identityHash");
      }
    }
    List<String> modes = new ArrayList<>();
    JsonValue m = achievement == null ? null : achievement.get("deliveryModes");
    if (m instanceof JsonArray array) {
      array.forEach(v -> modes.add(v instanceof JsonString s ? s.getString() : v.toString()));
    }
    JsonValue hours = achievement == null ? null : achievement.get("hoursOfInstruction");
    return Optional.of(
        new CredentialFields(
            string(root, "id"),
            issuerId,
            string(asObject(issuer), "name"),
            holderLatin,
            holderZh,
            emailHash,
            string(achievement, "name"),
            string(achievement, "nameZh"),
            string(achievement, "cohort"),
            string(achievement, "startDate"),
            string(achievement, "endDate"),
            hours == null ? null : hours.toString(),
            List.copyOf(modes),
            string(object(achievement, "criteria"), "narrative"),
            string(root, "validFrom"),
            string(root, "validUntil"),
            string(status, "statusListCredential"),
            string(status, "statusListIndex")));
  }

  private static JsonObject object(JsonObject parent, String name) {
    return parent == null ? null : asObject(parent.get(name));
  }

  private static JsonObject asObject(JsonValue value) {
    return value instanceof JsonObject o ? o : null;
  }

  private static List<JsonObject> objects(JsonValue value) {
    if (value instanceof JsonObject o) {
      return List.of(o);
    }
    if (value instanceof JsonArray array) {
      return array.stream()
          .filter(JsonObject.class::isInstance)
          .map(JsonObject.class::cast)
          .toList();
    }
    return List.of();
  }

  private static String string(JsonObject object, String name) {
    JsonValue value = object == null ? null : object.get(name);
    return value instanceof JsonString s ? s.getString() : null;
  }
}
