package org.institute.web.core.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.core.UserAdministration;
import org.institute.core.UserChanges;
import org.institute.core.UserDetails;
import org.institute.core.UserInvitation;
import org.institute.core.UserPage;
import org.institute.core.UserQuery;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.AUDITOR_NAME, Role.PARTNER_STAFF_NAME})
public class UsersResource {

  @Inject private UserAdministration users;
  @Inject private org.institute.core.SecondFactor secondFactor;

  @GET
  @Operation(
      summary = "Accounts: all for admins and auditors, colleagues for partner staff",
      description =
          "Filters q (username, name, e-mail), role, partner, enabled; sort: username,"
              + " displayName, email, createdAt, lastLoginAt, '-' in front for descending")
  @APIResponseSchema(
      value = org.institute.core.UserDetails.class,
      responseDescription = "A page of accounts")
  public Response list(
      @QueryParam("q") String text,
      @QueryParam("role") String role,
      @QueryParam("partner") String partner,
      @QueryParam("enabled") String enabled,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, sort, 50, 200);
    Long partnerId = QueryParams.id("partner", partner);
    UserPage page =
        users.search(
            new UserQuery(
                text,
                QueryParams.enumValue("role", role, Role.class),
                partnerId == null ? null : new PartnerId(partnerId),
                QueryParams.bool("enabled", enabled),
                sort),
            paging.offset(),
            paging.limit());
    return paging.answer(page.users(), page.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One account the caller may see")
  public UserDetails one(@PathParam("id") String id) {
    return users
        .find(QueryParams.pathId(id, "user"))
        .orElseThrow(() -> new RecordNotFoundException("user"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Invite a user (admins): the account is opened and a set-password link e-mailed",
      description = "The link works once, for 48 hours.")
  @APIResponseSchema(
      value = org.institute.core.UserDetails.class,
      responseCode = "201",
      responseDescription = "The invited account")
  public Response invite(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = org.institute.core.UserInvitation.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body =
        JsonFields.of(json, "username", "displayName", "email", "language", "roles", "partner");
    Long partner = body.longValue("partner", 1, Long.MAX_VALUE);
    Set<Role> roles = body.enumSet("roles", Role.class);
    String language = body.string("language", 16);
    UserInvitation invitation =
        new UserInvitation(
            body.string("username", 64),
            body.string("displayName", 200),
            body.string("email", 254),
            language == null ? "en" : language,
            roles,
            partner == null ? null : new PartnerId(partner));
    body.done();
    UserDetails created = users.invite(invitation);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  /** Changes to an account (read with JsonFields; described for the contract). */
  public record UserChange(
      @Schema(required = true, minimum = "0") Long version,
      @Schema(maxLength = 200) String displayName,
      @Schema(maxLength = 254, format = "email") String email,
      Set<Role> roles,
      @Schema(
              nullable = true,
              minimum = "1",
              description = "A partner's id; null removes the partner")
          Long partner,
      Boolean enabled,
      Boolean unlock,
      Boolean sendPasswordReset) {}

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Change an account (admins); 'version' must be the one read, else 409",
      description =
          "Fields: displayName, email, roles, partner (null removes it), enabled, unlock (true),"
              + " sendPasswordReset (true e-mails a new set-password link).")
  public UserDetails change(
      @PathParam("id") String id,
      @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = "application/json",
                    schema = @Schema(implementation = UserChange.class)),
                @Content(
                    mediaType = "application/merge-patch+json",
                    schema = @Schema(implementation = UserChange.class))
              })
          JsonStructure json) {
    long user = QueryParams.pathId(id, "user");
    JsonFields body =
        JsonFields.of(
            json,
            "version",
            "displayName",
            "email",
            "roles",
            "partner",
            "enabled",
            "unlock",
            "sendPasswordReset");
    Long partner = body.longValue("partner", 1, Long.MAX_VALUE);
    boolean clearPartner =
        json instanceof jakarta.json.JsonObject o
            && o.containsKey("partner")
            && o.isNull("partner");
    UserChanges changes =
        new UserChanges(
            body.longValue("version", 0, Long.MAX_VALUE),
            body.string("displayName", 200),
            body.string("email", 254),
            body.enumSet("roles", Role.class),
            partner == null ? null : new PartnerId(partner),
            clearPartner,
            body.bool("enabled"),
            Boolean.TRUE.equals(body.bool("unlock")),
            Boolean.TRUE.equals(body.bool("sendPasswordReset")));
    body.required("version");
    body.done();
    return users.change(user, changes);
  }

  @DELETE
  @Path("{id}/mfa")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Remove an account's second factor (admins), when its owner lost the authenticator;"
              + " audited, the owner is e-mailed; 204 also when there was none")
  @APIResponse(responseCode = "204", description = "Two-step sign-in is reset")
  public Response resetMfa(@PathParam("id") String id) {
    secondFactor.reset(QueryParams.pathId(id, "user"));
    return Response.noContent().build();
  }
}
