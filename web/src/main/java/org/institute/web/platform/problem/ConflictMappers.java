package org.institute.web.platform.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.institute.core.ConflictException;
import org.institute.core.RecordNotFoundException;

/** 409 for commands that crossed another change, 404 for records absent or outside the caller's scope. */
public final class ConflictMappers {

  private ConflictMappers() {}

  @Provider
  public static class Conflict implements ExceptionMapper<ConflictException> {
    @Override
    public Response toResponse(ConflictException e) {
      return Problems.response(409, "Conflict", e.getMessage());
    }
  }

  @Provider
  public static class OptimisticLock implements ExceptionMapper<OptimisticLockException> {
    @Override
    public Response toResponse(OptimisticLockException e) {
      return Problems.response(
          409, "Conflict", "Someone else changed this record at the same moment; reload it and try again.");
    }
  }

  @Provider
  public static class NotFound implements ExceptionMapper<RecordNotFoundException> {
    @Override
    public Response toResponse(RecordNotFoundException e) {
      return Problems.response(404, "Not Found", "There is nothing at this address.");
    }
  }
}
