package org.institute.web.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Role;
import org.institute.licensing.ApprovalPolicies;
import org.institute.licensing.ApprovalPolicyView;
import org.institute.licensing.NewApprovalPolicy;
import org.institute.web.platform.idempotency.Idempotent;
import org.institute.web.platform.rest.ListPages;

/**
 * The approval policy's versions (decision 0102): ordered rules that decide at a deal's submission
 * what it needs before it is approved. Admins only; a saved version is never changed.
 */
@Path("approval-policies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.ADMIN_NAME)
public class ApprovalPolicyResource {

  @Inject private ApprovalPolicies policies;

  @GET
  @Operation(
      summary =
          "Every version of the approval policy, the latest effective first, with the built-in"
              + " policy (version 0) last; standing says which is in force today")
  public ListPages.Page<ApprovalPolicyView> list() {
    return new ListPages.Page<>(policies.versions(), null);
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Save a new version: effectiveFrom (today or later), note, rules in order (the first"
              + " that applies to a deal decides; a deal no rule applies to needs one admin and the"
              + " co-owners' consent)",
      description =
          "A rule's conditions (each optional): aboveValueSgd, exclusivity, territory and"
              + " fieldOfUse (contained, any case), coOwned, licenseeCountry (ISO 3166). What it"
              + " asks: adminApprovals (1-5, never the drafter or submitter), coOwnerConsent,"
              + " councilResolution. A version that asks more approvals than there are admins,"
              + " or holds a rule that can never apply, is refused naming the field.")
  @APIResponseSchema(
      value = ApprovalPolicyView.class,
      responseCode = "201",
      responseDescription = "The version saved")
  public Response save(NewApprovalPolicy body, @Context UriInfo uri) {
    ApprovalPolicyView saved =
        policies.save(body == null ? new NewApprovalPolicy(null, null, null) : body);
    return Response.created(
            uri.getAbsolutePathBuilder().path(Integer.toString(saved.version())).build())
        .entity(saved)
        .build();
  }
}
