package org.institute.web.talent.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.institute.core.CredentialSigning;
import org.institute.talent.Certificates;

/**
 * What anyone needs to check the institute's credentials without asking it: its issuer profile, its
 * public keys (every key it has signed with) and its revocation status lists. Stable addresses
 * under the public URL; nobody signs in.
 */
@Path("credentials")
@RequestScoped
@PermitAll
public class CredentialsResource {

  /** The media type of a JOSE-secured credential (VC-JOSE-COSE). */
  public static final String VC_JWT = "application/vc+jwt";

  @Inject private Certificates certificates;
  @Inject private CredentialSigning signing;

  @GET
  @Path("issuer")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "The institute's issuer profile (Open Badges 3.0 Profile); no sign-in")
  @APIResponse(
      responseCode = "200",
      description = "The issuer's profile (a JSON-LD document)",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class)))
  public Response issuer() {
    return Response.ok(certificates.issuerProfile()).build();
  }

  @GET
  @Path("keys")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "The institute's credential signing keys as a JSON Web Key Set (Ed25519), retired keys"
              + " included; no sign-in")
  @APIResponse(
      responseCode = "200",
      description = "The public keys as a JSON Web Key Set",
      content =
          @Content(
              mediaType = "application/json",
              schema = @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class)))
  public Response keys() {
    return Response.ok(signing.publicKeySet()).header("Cache-Control", "max-age=300").build();
  }

  @GET
  @Path("status/{list}")
  @Produces(VC_JWT)
  @Operation(
      summary =
          "A revocation status list: a signed BitstringStatusListCredential (vc+jwt); no sign-in")
  @APIResponse(
      responseCode = "200",
      description = "The status list credential as a signed JWT",
      content =
          @Content(mediaType = "application/vc+jwt", schema = @Schema(type = SchemaType.STRING)))
  public Response statusList(@PathParam("list") String list) {
    int number;
    try {
      number = Integer.parseInt(list);
    } catch (NumberFormatException e) {
      throw new NotFoundException();
    }
    return Response.ok(certificates.statusList(number).orElseThrow(NotFoundException::new), VC_JWT)
        .header("Cache-Control", "no-cache")
        .build();
  }
}
