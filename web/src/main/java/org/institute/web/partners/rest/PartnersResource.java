package org.institute.web.partners.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.partners.ContactPoint;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerChanges;
import org.institute.partners.PartnerDetails;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerPage;
import org.institute.partners.PartnerQuery;
import org.institute.partners.PartnerRegistry;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

@Path("partners")
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
public class PartnersResource {

  static final String[] EDITABLE = {
    "version",
    "nameEn",
    "nameZh",
    "renamedOn",
    "kind",
    "country",
    "city",
    "roles",
    "contacts",
    "active"
  };
  static final String[] CONTACT = {"name", "function", "email", "phone"};

  @Inject private PartnerRegistry registry;
  @Inject private PartnerDirectory directory;

  @GET
  @Operation(
      summary = "The partner directory, filtered by text, kind, role and active, sorted and paged",
      description = "sort: code, nameEn, kind, country, city; '-' in front for descending")
  @APIResponseSchema(
      value = org.institute.partners.PartnerSummary.class,
      responseDescription = "A page of partners")
  public Response list(
      @QueryParam("q") String text,
      @QueryParam("kind") String kind,
      @QueryParam("role") String role,
      @QueryParam("active") String active,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, sort, 50, 200);
    PartnerPage page =
        registry.search(
            new PartnerQuery(
                text,
                QueryParams.enumValue("kind", kind, PartnerKind.class),
                QueryParams.enumValue("role", role, PartnerRole.class),
                QueryParams.bool("active", active),
                sort),
            paging.offset(),
            paging.limit());
    return paging.answer(page.partners(), page.total());
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A partner's profile: contacts, name history and the version to edit against")
  public PartnerDetails one(@PathParam("id") String id) {
    return registry
        .details(new PartnerId(QueryParams.pathId(id, "partner")))
        .orElseThrow(() -> new RecordNotFoundException("partner"));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Register a partner (admins)",
      description = "'knownSince' is the date from which its name is valid (today when absent).")
  @APIResponseSchema(
      value = org.institute.partners.PartnerDetails.class,
      responseCode = "201",
      responseDescription = "The partner")
  public Response register(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = org.institute.partners.NewPartner.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body =
        JsonFields.of(
            json,
            "code",
            "nameEn",
            "nameZh",
            "kind",
            "country",
            "city",
            "roles",
            "contacts",
            "knownSince");
    NewPartner partner =
        new NewPartner(
            body.string("code", 16),
            body.string("nameEn", 300),
            body.string("nameZh", 300),
            body.enumValue("kind", PartnerKind.class),
            body.string("country", 2),
            body.string("city", 100),
            body.enumSet("roles", PartnerRole.class),
            contacts(body),
            body.date("knownSince"));
    body.done();
    PartnerSummary created = directory.register(partner);
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(registry.details(created.id()).orElseThrow())
        .build();
  }

  /** Changes to a partner (read with JsonFields; described for the contract). */
  public record PartnerChange(
      @Schema(required = true, minimum = "0") Long version,
      @Schema(maxLength = 300) String nameEn,
      @Schema(maxLength = 300) String nameZh,
      @Schema(description = "From when a new name holds") java.time.LocalDate renamedOn,
      PartnerKind kind,
      @Schema(maxLength = 2, example = "SG") String country,
      @Schema(maxLength = 100) String city,
      java.util.Set<PartnerRole> roles,
      List<ContactPoint> contacts,
      Boolean active) {}

  @PATCH
  @Path("{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Change a partner (admins); 'version' must be the one read, else 409",
      description =
          "A new nameEn/nameZh is a rename valid from 'renamedOn' (today when absent); records dated"
              + " before it keep the old name.")
  public PartnerDetails change(
      @PathParam("id") String id,
      @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = "application/json",
                    schema = @Schema(implementation = PartnerChange.class)),
                @Content(
                    mediaType = "application/merge-patch+json",
                    schema = @Schema(implementation = PartnerChange.class))
              })
          JsonStructure json) {
    PartnerId partner = new PartnerId(QueryParams.pathId(id, "partner"));
    JsonFields body = JsonFields.of(json, EDITABLE);
    PartnerChanges changes =
        new PartnerChanges(
            body.longValue("version", 0, Long.MAX_VALUE),
            body.string("nameEn", 300),
            body.string("nameZh", 300),
            body.date("renamedOn"),
            body.enumValue("kind", PartnerKind.class),
            body.string("country", 2),
            body.string("city", 100),
            body.enumSet("roles", PartnerRole.class),
            contacts(body),
            body.bool("active"));
    body.required("version");
    body.done();
    return registry.change(partner, changes);
  }

  static List<ContactPoint> contacts(JsonFields body) {
    List<JsonFields> items = body.objects("contacts", 20, CONTACT);
    if (items == null) {
      return null;
    }
    return items.stream()
        .map(
            c ->
                new ContactPoint(
                    c.string("name", 200),
                    c.string("function", 200),
                    c.string("email", 254),
                    c.string("phone", 50)))
        .toList();
  }
}
