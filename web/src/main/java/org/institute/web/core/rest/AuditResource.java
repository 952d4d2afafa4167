package org.institute.web.core.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.AuditQuery;
import org.institute.core.AuditTrail;
import org.institute.core.ChainCheck;
import org.institute.core.Role;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME})
public class AuditResource {

  /** The audit trail's largest page: an auditor reads it in long stretches. */
  static final int MAX_LIMIT = 500;

  @Inject private AuditTrail audit;

  @GET
  @Operation(summary = "Audit entries, newest first, filtered by actor, entity and date (UTC)")
  @APIResponseSchema(
      value = org.institute.core.AuditEntryView.class,
      responseDescription = "A page of the audit trail")
  public Response entries(
      @QueryParam("actor") String actor,
      @QueryParam("entityType") String entityType,
      @QueryParam("entityId") String entityId,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    AuditQuery query =
        new AuditQuery(
            actor,
            entityType,
            entityId,
            QueryParams.date("from", from),
            QueryParams.date("to", to));
    if (ListPages.byOffset(offset, cursor)) {
      return ListPages.deprecated(
          audit.search(
              query,
              QueryParams.offset(offset),
              QueryParams.limit(limit, ListPages.DEFAULT_LIMIT, MAX_LIMIT)));
    }
    return ListPages.answer(
        audit.entries(
            query, ListPages.request(cursor, limit, count, ListPages.DEFAULT_LIMIT, MAX_LIMIT)));
  }

  @GET
  @Path("verification")
  @Operation(summary = "Walk the hash chain and report the first broken link, if any")
  public ChainCheck verify() {
    return audit.verify();
  }
}
