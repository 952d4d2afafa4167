package org.institute.web.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Role;
import org.institute.licensing.ApproverRoleView;
import org.institute.licensing.ApproverRoles;
import org.institute.licensing.NewApproverRole;
import org.institute.web.platform.idempotency.Idempotent;
import org.institute.web.platform.rest.ListPages;

/**
 * Named approver roles (decision 0108), such as "Legal counsel / 法律顾问", that approval policies'
 * rules may ask to approve a deal, and the admins who hold them. Admins only; every change is
 * audited.
 */
@Path("approver-roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.ADMIN_NAME)
public class ApproverRoleResource {

  @Inject private ApproverRoles roles;

  /** Whom to give a role: an enabled admin's username. */
  public record Holder(@Schema(example = "counsel") String username) {}

  @GET
  @Operation(summary = "Every named approver role with its holders, by code")
  public ListPages.Page<ApproverRoleView> list() {
    return new ListPages.Page<>(roles.roles(), null);
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Define a named approver role: code (a-z, digits, dashes), name and nameZh",
      description =
          "A rule of the approval policy names roles by code; each needs one approval by a holder,"
              + " which also counts toward the rule's admin approvals. A missing or malformed"
              + " field, or a code taken, is refused naming the field.")
  @APIResponseSchema(
      value = ApproverRoleView.class,
      responseCode = "201",
      responseDescription = "The role defined, without holders")
  public Response create(NewApproverRole body, @Context UriInfo uri) {
    ApproverRoleView created =
        roles.create(body == null ? new NewApproverRole(null, null, null) : body);
    return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("{code}/holders")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Give the role to an enabled admin (nothing changes when they hold it already)",
      description =
          "Only enabled admins hold named roles; any other username is refused naming the field"
              + " username. An unknown role is 404.")
  @APIResponseSchema(
      value = ApproverRoleView.class,
      responseCode = "200",
      responseDescription = "The role with its holders")
  public ApproverRoleView assign(@PathParam("code") String code, Holder body) {
    return roles.assign(code, body == null ? null : body.username());
  }

  @DELETE
  @Path("{code}/holders/{username}")
  @Operation(
      summary = "Take the role from a holder",
      description =
          "Deals already submitted keep what they need; a policy version saved later is checked"
              + " against the holders left. An unknown role is 404.")
  @APIResponseSchema(
      value = ApproverRoleView.class,
      responseCode = "200",
      responseDescription = "The role with its holders")
  public ApproverRoleView unassign(
      @PathParam("code") String code, @PathParam("username") String username) {
    return roles.unassign(code, username);
  }
}
