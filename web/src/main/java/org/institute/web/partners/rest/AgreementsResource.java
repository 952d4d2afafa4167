package org.institute.web.partners.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Documents;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.partners.AgreementPage;
import org.institute.partners.AgreementQuery;
import org.institute.partners.AgreementStatus;
import org.institute.partners.AgreementView;
import org.institute.partners.Agreements;
import org.institute.partners.NewAgreement;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

@Path("agreements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.PARTNER_STAFF_NAME,
  Role.COORDINATOR_NAME,
  Role.COUNCIL_NAME,
  Role.AUDITOR_NAME
})
public class AgreementsResource {

  @Inject private Agreements agreements;

  @GET
  @Operation(
      summary = "Agreements the caller may see, newest first; filters q, party, status",
      description = "sort: signedOn, title, expiresOn; '-' in front for descending")
  @APIResponseSchema(
      value = org.institute.partners.AgreementView.class,
      responseDescription = "A page of agreements")
  public Response list(
      @QueryParam("q") String text,
      @QueryParam("party") String party,
      @QueryParam("status") String status,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, sort, 50, 200);
    Long partyId = QueryParams.id("party", party);
    AgreementPage page =
        agreements.search(
            new AgreementQuery(
                text,
                partyId == null ? null : new PartnerId(partyId),
                QueryParams.enumValue("status", status, AgreementStatus.class),
                sort),
            paging.offset(),
            paging.limit());
    return paging.answer(page.agreements(), page.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One agreement, with each party's name as it was on the signing date")
  public AgreementView one(@PathParam("id") String id) {
    return agreements
        .find(QueryParams.pathId(id, "agreement"))
        .orElseThrow(() -> new RecordNotFoundException("agreement"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Record an agreement (admins); attach the signed PDF with PUT .../signed-copy")
  @APIResponseSchema(
      value = org.institute.partners.AgreementView.class,
      responseCode = "201",
      responseDescription = "The agreement")
  public Response record(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = org.institute.partners.NewAgreement.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body =
        JsonFields.of(
            json,
            "title",
            "titleZh",
            "parties",
            "signedOn",
            "effectiveFrom",
            "expiresOn",
            "confidential",
            "summary");
    List<Long> parties = body.longs("parties", 50);
    NewAgreement agreement =
        new NewAgreement(
            body.string("title", 300),
            body.string("titleZh", 300),
            parties == null
                ? Set.of()
                : parties.stream().map(PartnerId::new).collect(Collectors.toSet()),
            body.date("signedOn"),
            body.date("effectiveFrom"),
            body.date("expiresOn"),
            Boolean.TRUE.equals(body.bool("confidential")),
            body.string("summary", 2000));
    body.done();
    AgreementView created = agreements.record(agreement);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{id}/signed-copy")
  @Consumes("application/pdf")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Attach the signed PDF (admins); at most 10 MiB, checked by content",
      description =
          "Send the agreement's version as 'If-Match' or '?version='; a stale one gives 409.")
  public AgreementView attach(
      @PathParam("id") String id,
      @QueryParam("version") String version,
      @HeaderParam("If-Match") String ifMatch,
      @QueryParam("fileName") String fileName,
      InputStream content)
      throws IOException {
    long agreement = QueryParams.pathId(id, "agreement");
    byte[] bytes = Downloads.readLimited(content, Documents.MAX_BYTES);
    return agreements.attachSignedCopy(
        agreement,
        versionOf(version, ifMatch),
        fileName == null ? "agreement.pdf" : fileName,
        bytes);
  }

  @GET
  @Path("{id}/signed-copy")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "The signed PDF, as a download, for those who may read the agreement")
  @APIResponse(
      responseCode = "200",
      description = "The signed copy",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response signedCopy(@PathParam("id") String id) {
    Agreements.SignedCopy copy =
        agreements
            .signedCopy(QueryParams.pathId(id, "agreement"))
            .orElseThrow(() -> new RecordNotFoundException("signed copy"));
    return Downloads.pdf(copy.fileName(), copy.content());
  }

  /** The body of a termination (read with JsonFields; described for the contract). */
  @Schema(name = "AgreementTermination")
  public record Termination(
      @Schema(required = true, minimum = "0") Long version,
      @Schema(required = true) java.time.LocalDate terminatedOn) {}

  @POST
  @Path("{id}/termination")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "End an agreement early (admins): {version, terminatedOn}")
  public AgreementView terminate(
      @PathParam("id") String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = Termination.class)))
          JsonStructure json) {
    long agreement = QueryParams.pathId(id, "agreement");
    JsonFields body = JsonFields.of(json, "version", "terminatedOn");
    Long version = body.longValue("version", 0, Long.MAX_VALUE);
    java.time.LocalDate on = body.date("terminatedOn");
    body.required("version", "terminatedOn");
    body.done();
    return agreements.terminate(agreement, version, on);
  }

  static Long versionOf(String query, String ifMatch) {
    String v =
        query != null
            ? query
            : ifMatch == null ? null : ifMatch.replace("\"", "").replace("W/", "");
    if (v == null || v.isBlank()) {
      throw org.institute.core.InvalidCommandException.of("version", "field.required");
    }
    return QueryParams.number("version", v);
  }
}
