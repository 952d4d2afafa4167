package org.institute.web.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.licensing.DistributionPolicyView;
import org.institute.licensing.Distributions;
import org.institute.licensing.NewDistributionPolicy;
import org.institute.web.platform.idempotency.Idempotent;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

/**
 * The institutions' distribution policies (issue 19, decision 0107): admins save versions and
 * preview them against a recorded payment; admins, the council, auditors and partner staff read
 * them.
 */
@Path("distribution-policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class DistributionPolicyResource {

  @Inject private Distributions distributions;

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_STAFF_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
  @Operation(
      summary =
          "Every version of the institutions' distribution policies, by institution, the latest"
              + " effective first; standing says which is in force today")
  public ListPages.Page<DistributionPolicyView> policies() {
    return new ListPages.Page<>(distributions.policies(), null);
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Save a version of an institution's policy: partnerId, effectiveFrom (after the last"
              + " payment already distributed for it), tiers (fromSgd of the invention's cumulative"
              + " income, the first 0; inventorsPercent 0-100), note")
  @APIResponseSchema(
      value = DistributionPolicyView.class,
      responseCode = "201",
      responseDescription = "The version saved")
  public Response save(NewDistributionPolicy body, @Context UriInfo uri) {
    DistributionPolicyView saved = distributions.savePolicy(body);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(saved.id())).build())
        .entity(saved)
        .build();
  }

  @POST
  @Path("preview")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "What a recorded payment (?paymentId=) gave, and what it would have given had the draft"
              + " been its institution's policy on its date; nothing is stored")
  @APIResponseSchema(
      value = Distributions.Preview.class,
      responseCode = "200",
      responseDescription = "The payment's lines as recorded and as the draft would make them")
  public Response preview(@QueryParam("paymentId") String paymentId, NewDistributionPolicy draft) {
    Long payment = QueryParams.id("paymentId", paymentId);
    if (payment == null) {
      throw InvalidCommandException.of("paymentId", "field.required");
    }
    return Response.ok(distributions.preview(payment, draft)).build();
  }
}
