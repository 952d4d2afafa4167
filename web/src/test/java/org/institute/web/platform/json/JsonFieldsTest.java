package org.institute.web.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.core.Violation;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {

  private static JsonStructure json(String text) {
    return Json.createReader(new StringReader(text)).read();
  }

  private static List<String> problems(Runnable reading) {
    try {
      reading.run();
      return List.of();
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
  }

  @Test
  void readsKnownFieldsOfTheRightTypes() {
    JsonFields body =
        JsonFields.of(
            json(
                """
            {"name":"华南理工大学","count":3,"on":"2020-12-08","ok":true,"roles":["ADMIN"],"gone":null}
            """),
            "name",
            "count",
            "on",
            "ok",
            "roles",
            "gone");
    assertThat(body.string("name", 10)).isEqualTo("华南理工大学");
    assertThat(body.longValue("count", 0, 10)).isEqualTo(3);
    assertThat(body.date("on")).isEqualTo(LocalDate.of(2020, 12, 8));
    assertThat(body.bool("ok")).isTrue();
    assertThat(body.enumSet("roles", Role.class)).containsExactly(Role.ADMIN);
    assertThat(body.string("gone", 10)).isNull();
    body.done();
  }

  @Test
  void everyProblemIsReportedAtOnceWithItsField() {
    assertThat(
            problems(
                () -> {
                  JsonFields body =
                      JsonFields.of(
                          json(
                              """
                          {"name":7,"count":1.5,"on":"08/12/2020","ok":"yes","roles":["KING"],"extra":1}
                          """),
                          "name",
                          "count",
                          "on",
                          "ok",
                          "roles");
                  body.string("name", 10);
                  body.longValue("count", 0, 10);
                  body.date("on");
                  body.bool("ok");
                  body.enumSet("roles", Role.class);
                  body.required("missing");
                  body.done();
                }))
        .containsExactlyInAnyOrder(
            "extra:field.unknown",
            "name:field.notText",
            "count:field.notInteger",
            "on:date.invalid",
            "ok:field.notBoolean",
            "roles:field.notAllowedValue",
            "missing:field.required");
  }

  @Test
  void limitsAreEnforced() {
    assertThat(
            problems(
                () -> {
                  JsonFields body =
                      JsonFields.of(
                          json(
                              "{\"t\":\"abcdef\",\"n\":99999999999999999999999,\"d\":\"9999-01-01\"}"),
                          "t",
                          "n",
                          "d");
                  body.string("t", 5);
                  body.longValue("n", 0, 100);
                  body.date("d");
                  body.done();
                }))
        .containsExactlyInAnyOrder("t:field.tooLong", "n:field.outOfRange", "d:date.outOfRange");
  }

  @Test
  void nestedObjectsReportTheirPath() {
    assertThat(
            problems(
                () -> {
                  JsonFields body =
                      JsonFields.of(
                          json("{\"contacts\":[{\"name\":\"A\"},{\"name\":1,\"x\":2}]}"),
                          "contacts");
                  body.objects("contacts", 5, "name").forEach(c -> c.string("name", 50));
                  body.done();
                }))
        .containsExactlyInAnyOrder("contacts[1].x:field.unknown", "contacts[1].name:field.notText");
  }

  @Test
  void aBodyThatIsNotAnObjectIsRefused() {
    assertThatThrownBy(() -> JsonFields.of(json("[1,2]"), "a"))
        .isInstanceOf(InvalidCommandException.class)
        .extracting(e -> ((InvalidCommandException) e).violations())
        .isEqualTo(List.of(new Violation(null, "body.notObject")));
    assertThatThrownBy(() -> JsonFields.of(null, "a")).isInstanceOf(InvalidCommandException.class);
  }

  @Test
  void controlCharactersAreRefusedButLineBreaksAreKept() {
    JsonFields ok = JsonFields.of(json("{\"t\":\"line one\\nline two\"}"), "t");
    assertThat(ok.string("t", 50)).contains("\n");
    assertThat(
            problems(
                () -> {
                  JsonFields bad = JsonFields.of(json("{\"t\":\"bell\\u0007\"}"), "t");
                  bad.string("t", 50);
                  bad.done();
                }))
        .containsExactly("t:field.controlCharacters");
  }
}
