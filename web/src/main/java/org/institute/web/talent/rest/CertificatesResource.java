package org.institute.web.talent.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Role;
import org.institute.talent.CertificateView;
import org.institute.talent.Certificates;
import org.institute.talent.Page;
import org.institute.talent.PublicCertificate;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

@Path("certificates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class CertificatesResource {

  public record RevocationBody(String reason) {}

  @Inject private Certificates certificates;

  @GET
  @Path("{code}")
  @PermitAll
  @Operation(
      summary =
          "Public verification: valid or revoked, holder's name, programme, date of issue; no sign-in")
  public PublicCertificate verify(@PathParam("code") String code) {
    return certificates.verify(code).orElseThrow(NotFoundException::new);
  }

  @GET
  @SecurityRequirement(name = "bearer")
  @Operation(
      summary = "Issued certificates, newest first (or by holder), optionally searched",
      description =
          "Read by keyset: send 'next' back as ?cursor=. ?q= searches the holder's name in either"
              + " script, the programme's title in either language and the verification code.")
  @APIResponseSchema(
      value = org.institute.talent.CertificateView.class,
      responseDescription = "A page of certificates")
  public Response list(
      @QueryParam("q") String q,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    if (ListPages.byOffset(offset, cursor)) {
      Page<CertificateView> page =
          certificates.list(
              q,
              sort,
              QueryParams.offset(offset),
              QueryParams.limit(limit, ListPages.DEFAULT_LIMIT, ListPages.MAX_LIMIT));
      return ListPages.deprecated(page);
    }
    return ListPages.answer(certificates.slice(q, sort, ListPages.request(cursor, limit, count)));
  }

  @GET
  @Path("{code}/pdf")
  @Produces("application/pdf")
  @PermitAll
  @Operation(
      summary = "The certificate as a sealed PDF (PAdES signature, credential attached)",
      description =
          "Coordinators and admins at any time; anyone with the code (the holder's mail, the"
              + " printed QR code) while the certificate is in force; 404 otherwise.")
  @APIResponse(
      responseCode = "200",
      description = "The sealed certificate",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response pdf(@PathParam("code") String code) {
    byte[] pdf = certificates.pdf(code).orElseThrow(NotFoundException::new);
    return Response.ok(pdf, "application/pdf")
        .header(
            "Content-Disposition",
            "attachment; filename=\"certificate-" + code.replaceAll("[^A-Za-z0-9]", "") + ".pdf\"")
        .build();
  }

  @GET
  @Path("{code}/credential")
  @PermitAll
  @Produces(CredentialsResource.VC_JWT)
  @Operation(
      summary =
          "The certificate's signed Open Badges 3.0 credential (vc+jwt, EdDSA); anyone with the"
              + " code, no sign-in")
  @APIResponse(
      responseCode = "200",
      description = "The verifiable credential as a signed JWT",
      content =
          @Content(mediaType = "application/vc+jwt", schema = @Schema(type = SchemaType.STRING)))
  public Response credential(@PathParam("code") String code) {
    String jws = certificates.credential(code).orElseThrow(NotFoundException::new);
    return Response.ok(jws, CredentialsResource.VC_JWT)
        .header(
            "Content-Disposition",
            "attachment; filename=\"certificate-" + code.replaceAll("[^A-Za-z0-9]", "") + ".jwt\"")
        .build();
  }

  @POST
  @Path("{code}/revocation")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecurityRequirement(name = "bearer")
  @Operation(summary = "Revoke a certificate with a reason")
  public CertificateView revoke(@PathParam("code") String code, RevocationBody body) {
    Params.requireBody(body);
    return certificates.revoke(code, body.reason());
  }
}
