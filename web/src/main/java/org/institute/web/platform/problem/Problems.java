package org.institute.web.platform.problem;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.institute.core.Jsonp;

/** Builds problem responses, for JAX-RS and for plain servlet responses alike. */
public final class Problems {

  private Problems() {}

  public static Response response(Problem problem) {
    return Response.status(problem.status())
        .type(Problem.MEDIA_TYPE + ";charset=utf-8")
        .entity(json(problem))
        .build();
  }

  public static Response response(int status, String title, String detail) {
    return response(Problem.of(status, title, detail));
  }

  public static void write(HttpServletResponse response, int status, String title, String detail)
      throws IOException {
    response.setStatus(status);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(json(Problem.of(status, title, detail)));
  }

  /**
   * Written by hand with JSON-P so that a problem can be rendered even where JSON-B is not set up.
   */
  static String json(Problem problem) {
    JsonObjectBuilder body =
        Jsonp.objectBuilder()
            .add("type", problem.type())
            .add("title", problem.title())
            .add("status", problem.status());
    if (problem.detail() != null) {
      body.add("detail", problem.detail());
    }
    if (problem.instance() != null) {
      body.add("instance", problem.instance());
    }
    if (!problem.violations().isEmpty()) {
      JsonArrayBuilder list = Jsonp.arrayBuilder();
      problem
          .violations()
          .forEach(
              v -> {
                JsonObjectBuilder error =
                    Jsonp.objectBuilder()
                        .add("field", v.field() == null ? "" : v.field())
                        .add("code", v.code())
                        .add("message", v.message());
                if (v.expected() != null) {
                  error.add("expected", v.expected());
                }
                list.add(error);
              });
      body.add("violations", list);
    }
    return body.build().toString();
  }
}
