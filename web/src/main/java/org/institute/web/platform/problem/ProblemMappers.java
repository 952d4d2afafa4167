package org.institute.web.platform.problem;

import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.web.platform.json.RefusedFields;

/** Turns every exception that leaves a resource into a problem body with the right status. */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  private ProblemMappers() {}

  @Provider
  public static class RefusedCommand implements ExceptionMapper<InvalidCommandException> {
    @Override
    public Response toResponse(InvalidCommandException e) {
      ResourceBundle english = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
      return Problems.response(
          new Problem(
              "about:blank",
              "Invalid request",
              400,
              "The request was refused; nothing was changed.",
              null,
              e.violations().stream()
                  .map(
                      v -> {
                        String expected =
                            e instanceof RefusedFields refused
                                ? refused.expected().get(v.field())
                                : null;
                        String text = text(english, v.messageKey());
                        return new Problem.FieldError(
                            v.field(),
                            v.messageKey(),
                            expected == null ? text : text + " Expected " + expected + ".",
                            expected);
                      })
                  .toList()));
    }

    private static String text(ResourceBundle bundle, String key) {
      try {
        return bundle.getString(key);
      } catch (MissingResourceException e) {
        return key;
      }
    }
  }

  @Provider
  public static class WebApplication implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException e) {
      int status = e.getResponse().getStatus();
      Response.StatusType type = Response.Status.fromStatusCode(status);
      String title = type == null ? "HTTP " + status : type.getReasonPhrase();
      Throwable cause = e.getCause();
      if (status == 400
          && (cause instanceof JsonbException || cause instanceof JsonParsingException)) {
        return malformed();
      }
      Response.ResponseBuilder problem =
          Response.fromResponse(Problems.response(status, title, detail(status)));
      // keep headers such as Allow (405) that the original response carried
      e.getResponse()
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                  values.forEach(v -> problem.header(name, v));
                }
              });
      return problem.build();
    }

    private static String detail(int status) {
      return switch (status) {
        case 404 -> "There is nothing at this address.";
        case 405 -> "This address does not accept that method.";
        case 406 -> "This address cannot answer in the requested media type.";
        case 415 -> "The request body's media type is not accepted here; send application/json.";
        default -> null;
      };
    }
  }

  @Provider
  public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
    @Override
    public Response toResponse(RecordNotFoundException e) {
      return Problems.response(
          404, "Not Found", "There is no such record, or it is not yours to see.");
    }
  }

  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      return conflict(e.messageKey());
    }
  }

  /**
   * Two writers raced for the same row: the loser is told to reload, never silently overwritten.
   */
  static Response conflict(String key) {
    ResourceBundle english = ResourceBundle.getBundle("i18n.messages", Locale.ENGLISH);
    try {
      String detail = english.getString(key);
      return Problems.response(
          new Problem(
              "about:blank",
              "Conflict",
              409,
              detail,
              null,
              java.util.List.of(new Problem.FieldError(null, key, detail))));
    } catch (MissingResourceException | NullPointerException notAKey) {
      // a sentence written for users rather than a message key
      return Problems.response(
          409,
          "Conflict",
          key == null || key.isBlank()
              ? "The record was changed by someone else; reload it and try again."
              : key);
    }
  }

  /** Optimistic-lock and unique-key failures anywhere in a cause chain mean a conflict. */
  static String conflictKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.persistence.OptimisticLockException
          || t instanceof org.hibernate.StaleStateException) {
        return "conflict.staleVersion";
      }
      if (t instanceof org.hibernate.exception.ConstraintViolationException) {
        return "conflict.duplicate";
      }
      if (t instanceof ConflictException c) {
        return c.messageKey();
      }
    }
    return null;
  }

  @Provider
  public static class OptimisticLock
      implements ExceptionMapper<jakarta.persistence.OptimisticLockException> {
    @Override
    public Response toResponse(jakarta.persistence.OptimisticLockException e) {
      return conflict("conflict.staleVersion");
    }
  }

  @Provider
  public static class Refused implements ExceptionMapper<AccessRefusedException> {
    @Override
    public Response toResponse(AccessRefusedException e) {
      return Problems.response(403, "Forbidden", "Your role does not allow this request.");
    }
  }

  @Provider
  public static class MalformedJson implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException e) {
      return malformed();
    }
  }

  @Provider
  public static class MalformedJsonStream implements ExceptionMapper<JsonParsingException> {
    @Override
    public Response toResponse(JsonParsingException e) {
      return malformed();
    }
  }

  @Provider
  public static class Processing implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException e) {
      Throwable cause = e.getCause();
      if (cause instanceof JsonbException || cause instanceof JsonException) {
        return malformed();
      }
      if (cause instanceof IllegalArgumentException
          && "argument type mismatch".equals(cause.getMessage())) {
        // the body was read as a JSON value of another kind than the resource method takes
        return malformed();
      }
      return new Unexpected().toResponse(e);
    }
  }

  /** A body that JSON-P could not read at all (too short to detect its encoding, not UTF-8). */
  @Provider
  public static class UnreadableJson implements ExceptionMapper<JsonException> {
    @Override
    public Response toResponse(JsonException e) {
      return malformed();
    }
  }

  static Response malformed() {
    return Problems.response(
        400, "Malformed request body", "The body is not valid JSON of the expected shape.");
  }

  /**
   * A transaction that failed at its end: the commit, or the rollback after a lost connection.
   * Jersey brings its own mapper for this type, which passes on only a WebApplicationException and
   * rethrows anything else, so that the answer became a bare 500 even when the database had merely
   * gone away. The higher priority makes this one win over Jersey's.
   */
  @Provider
  @Priority(Priorities.USER - 100)
  public static class TransactionEnded implements ExceptionMapper<TransactionalException> {
    @Override
    public Response toResponse(TransactionalException e) {
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof WebApplicationException refused) {
          return refused.getResponse();
        }
      }
      return new Unexpected().toResponse(e);
    }
  }

  /** Anything else is our fault: log it with an incident id, tell the client only the id. */
  @Provider
  public static class Unexpected implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable e) {
      if (DatabaseUnavailable.isCause(e)) {
        LOG.warning(() -> "database unreachable: " + e);
        return DatabaseUnavailable.response();
      }
      String conflict = conflictKey(e);
      if (conflict != null) {
        return conflict(conflict);
      }
      for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
        if (t instanceof InvalidCommandException refused) {
          return new RefusedCommand().toResponse(refused);
        }
        if (t instanceof RecordNotFoundException missing) {
          return new NotFound().toResponse(missing);
        }
        if (t instanceof AccessRefusedException refused) {
          return new Refused().toResponse(refused);
        }
      }
      String incident = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "unexpected error, incident " + incident, e);
      return Problems.response(
          500, "Internal error", "Something went wrong on our side. Incident " + incident + ".");
    }
  }
}
