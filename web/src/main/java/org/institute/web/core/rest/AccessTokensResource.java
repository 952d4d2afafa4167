package org.institute.web.core.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.AccessTokens;
import org.institute.core.ApiArea;
import org.institute.core.ApiScope;
import org.institute.core.Role;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.QueryParams;
import org.institute.web.platform.security.InApiArea;

/**
 * Personal access tokens (decision 0096): the caller's own, and every user's for admins. Only a
 * sign-in token manages tokens: a personal access token is refused here whatever its scopes.
 */
@Path("tokens")
@RequestScoped
@InApiArea(ApiArea.TOKENS)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.PARTNER_STAFF_NAME,
  Role.COORDINATOR_NAME,
  Role.COUNCIL_NAME,
  Role.AUDITOR_NAME,
  Role.LICENSEE_NAME
})
public class AccessTokensResource {

  /** The scopes a token can be given, by their wire names. */
  public record Scopes(List<String> items) {}

  @Inject private AccessTokens tokens;

  @GET
  @Operation(summary = "The caller's personal access tokens, newest first (never their secrets)")
  public List<AccessTokens.AccessTokenView> mine() {
    return tokens.mine();
  }

  @GET
  @Path("scopes")
  @Operation(
      summary =
          "The scopes worth giving the caller's tokens: area:read or area:write (the"
              + " administration's only to those who administer something)")
  public Scopes scopes() {
    return new Scopes(tokens.offeredScopes().stream().map(ApiScope::wireName).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a token: name, scopes, expiresOn (a date within a year), ratePerMinute",
      description =
          "The answer carries the token's secret (ipat_...), shown this once. Send it as"
              + " 'Authorization: Bearer ipat_...'. The token acts as its user within its scopes"
              + " (a write scope includes reading its area) and its rate per minute (at most the"
              + " server's INSTITUTE_API_RATE).")
  @APIResponseSchema(
      value = org.institute.core.AccessTokens.Created.class,
      responseCode = "201",
      responseDescription = "The token, with its secret shown this once")
  public Response create(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema =
                          @Schema(
                              implementation =
                                  org.institute.core.AccessTokens.NewAccessToken.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body = JsonFields.of(json, "name", "scopes", "expiresOn", "ratePerMinute");
    body.required("name", "scopes", "expiresOn");
    String name = body.string("name", 200);
    List<String> names = body.strings("scopes", 20, 40);
    Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
    if (names != null) {
      for (String n : names) {
        ApiScope.parse(n)
            .ifPresentOrElse(scopes::add, () -> body.reject("scopes", "field.notAllowedValue"));
      }
    }
    java.time.LocalDate expiresOn = body.date("expiresOn");
    Long rate = body.longValue("ratePerMinute", 1, 100_000);
    body.done();
    AccessTokens.Created created =
        tokens.create(
            new AccessTokens.NewAccessToken(
                name, scopes, expiresOn, rate == null ? null : rate.intValue()));
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(created.token().id())).build())
        .entity(created)
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Revoke a token: the caller's own, or anyone's for an admin")
  public AccessTokens.AccessTokenView revoke(@PathParam("id") String id) {
    return tokens.revoke(QueryParams.pathId(id, "access token"));
  }

  @GET
  @Path("all")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Every user's tokens, or one user's (?username=), newest first: admins")
  public List<AccessTokens.AccessTokenView> all(@QueryParam("username") String username) {
    return tokens.all(username);
  }
}
