package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;

/** Checks shared by the API tests. */
final class Expect {
  private Expect() {}

  /** An RFC 9457 problem with this status, and nothing in it that belongs in a log. */
  static JsonObject problem(HttpResponse<String> r, int status) {
    assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
    assertThat(r.headers().firstValue("Content-Type"))
        .get()
        .asString()
        .startsWith("application/problem+json");
    JsonObject problem = Http.json(r);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("SQL");
    return problem;
  }

  /** A request that created or did what it asked: 200 or 201; its body. */
  static String created(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
    return r.body();
  }

  /** A 400 whose violations name these fields with these codes, as "field:code". */
  static void violations(HttpResponse<String> r, String... fieldCodes) {
    JsonObject problem = problem(r, 400);
    List<String> found =
        problem.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
            .map(v -> v.getString("field") + ":" + v.getString("code"))
            .toList();
    assertThat(found).as(r.body()).contains(fieldCodes);
  }
}
