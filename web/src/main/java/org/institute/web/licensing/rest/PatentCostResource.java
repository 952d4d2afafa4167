package org.institute.web.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Role;
import org.institute.licensing.NewPatentCost;
import org.institute.licensing.PatentCostSummary;
import org.institute.licensing.PatentCostView;
import org.institute.licensing.PatentCosts;
import org.institute.web.platform.idempotency.Idempotent;
import org.institute.web.platform.rest.QueryParams;

/**
 * A patent family's costs (issue 19, decision 0103): read by whoever reads the family, recorded by
 * admins and staff of a current co-owner. A family outside the caller's scope is 404.
 */
@Path("patents/{id}/costs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_STAFF_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
public class PatentCostResource {

  @Inject private PatentCosts costs;

  @GET
  @Operation(
      summary =
          "The family's costs to date, the latest first, with totals in SGD and CNY (each cost at"
              + " the rate of its date) and per paying co-owner")
  public PatentCostSummary list(@PathParam("id") String id) {
    return costs.of(QueryParams.pathId(id, "patent family"));
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record a cost: kind (FILING, PROSECUTION, MAINTENANCE, LEGAL), paidBy (a partner that"
              + " is or was a co-owner), incurredOn, amount, currency (SGD or CNY), note")
  @APIResponseSchema(
      value = PatentCostView.class,
      responseCode = "201",
      responseDescription = "The cost recorded, with its SGD and CNY values")
  public Response record(@PathParam("id") String id, NewPatentCost body, @Context UriInfo uri) {
    PatentCostView recorded = costs.record(QueryParams.pathId(id, "patent family"), body);
    return Response.created(uri.getAbsolutePathBuilder().build()).entity(recorded).build();
  }
}
