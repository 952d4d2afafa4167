package org.institute.web.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {

  record Share(long partnerId, BigDecimal percent) {}

  record Change(
      String title,
      Integer rating,
      Boolean passed,
      LocalDate on,
      Role role,
      List<Long> ids,
      List<Share> owners,
      Share main) {}

  private static List<String> problems(String json) {
    JsonObject body = Json.createReader(new StringReader(json)).readObject();
    try {
      RecordFields.check(body, Change.class);
      return List.of();
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
  }

  @Test
  void aWellTypedBodyPasses() {
    assertThat(
            problems(
                """
                {"title":"t","rating":4,"passed":true,"on":"2020-12-08","role":"ADMIN",
                 "ids":[1,2],"owners":[{"partnerId":1,"percent":"50"}],
                 "main":{"partnerId":2,"percent":50},"passed":null}
                """))
        .isEmpty();
  }

  @Test
  void unknownFieldsAndWrongTypesAreNamedWithTheCodesOfJsonFields() {
    assertThat(
            problems(
                """
                {"titel":"t","title":5,"rating":"4","passed":"yes","on":"08/12/2020",
                 "role":"KING","ids":"1","owners":[{"partnerId":"x","share":1}],"main":[]}
                """))
        .containsExactlyInAnyOrder(
            "titel:field.unknown",
            "title:field.notText",
            "rating:field.notInteger",
            "passed:field.notBoolean",
            "on:date.invalid",
            "role:field.notAllowedValue",
            "ids:field.notList",
            "owners[0].share:field.unknown",
            "owners[0].partnerId:field.notInteger",
            "main:field.notObject");
  }

  @Test
  void anUnreadableDecimalIsNamedAsTheOtherKindsAre() {
    assertThat(
            problems(
                "{\"owners\":[{\"partnerId\":1,\"percent\":\"half\"}],\"main\":{\"percent\":true}}"))
        .containsExactlyInAnyOrder(
            "owners[0].percent:field.notNumber", "main.percent:field.notNumber");
  }

  @Test
  void aRefusedEnumerationSaysWhichValuesItTakes() {
    JsonObject body = Json.createReader(new StringReader("{\"role\":\"KING\"}")).readObject();

    assertThatThrownBy(() -> RecordFields.check(body, Change.class))
        .isInstanceOfSatisfying(
            RefusedFields.class,
            e ->
                assertThat(e.expected().get("role"))
                    .startsWith("one of ")
                    .contains(Role.ADMIN.name()));
  }
}
