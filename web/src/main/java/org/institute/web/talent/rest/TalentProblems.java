package org.institute.web.talent.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.institute.talent.ConflictException;
import org.institute.talent.NoSuchRecordException;
import org.institute.web.platform.problem.Problem;
import org.institute.web.platform.problem.Problems;

/** Problem bodies for the talent module's own refusals: 404 for out of scope, 409 for wrong state. */
public final class TalentProblems {
  private TalentProblems() {}

  @Provider
  public static class NotFound implements ExceptionMapper<NoSuchRecordException> {
    @Override
    public Response toResponse(NoSuchRecordException e) {
      return Problems.response(404, "Not Found", "There is nothing at this address.");
    }
  }

  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      String text = english(e.messageKey());
      return Problems.response(
          new Problem(
              "about:blank", "Conflict", 409, text, null,
              List.of(new Problem.FieldError(null, e.messageKey(), text))));
    }
  }

  static String english(String key) {
    try {
      return ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH).getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
