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
import org.institute.partners.Council;
import org.institute.partners.CouncilRole;
import org.institute.partners.DecisionOutcome;
import org.institute.partners.GoverningCouncil;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

@Path("council")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
public class CouncilResource {

  @Inject private GoverningCouncil council;

  @GET
  @Path("members")
  @Operation(summary = "Council members, current ones first; ?current=true for today's only")
  public List<Council.Member> members(@QueryParam("current") String current) {
    return council.members(Boolean.TRUE.equals(QueryParams.bool("current", current)));
  }

  @POST
  @Path("members")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Appoint a council member (admins)")
  @APIResponseSchema(
      value = org.institute.partners.Council.Member.class,
      responseCode = "201",
      responseDescription = "The member")
  public Response appoint(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema =
                          @Schema(implementation = org.institute.partners.Council.NewMember.class)))
          JsonStructure json) {
    JsonFields body =
        JsonFields.of(json, "name", "nameZh", "title", "titleZh", "partner", "role", "since");
    Long partner = body.longValue("partner", 1, Long.MAX_VALUE);
    Council.NewMember member =
        new Council.NewMember(
            body.string("name", 200),
            body.string("nameZh", 200),
            body.string("title", 200),
            body.string("titleZh", 200),
            partner == null ? null : new PartnerId(partner),
            body.enumValue("role", CouncilRole.class),
            body.date("since"));
    body.done();
    return Response.status(201).entity(council.appoint(member)).build();
  }

  @GET
  @Path("meetings")
  @Operation(summary = "Council meetings, newest first, with their numbered decisions")
  @APIResponseSchema(
      value = org.institute.partners.Council.Meeting.class,
      responseDescription = "A page of council meetings")
  public Response meetings(
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, null, 20, 100);
    Council.MeetingPage page = council.meetings(paging.offset(), paging.limit());
    return paging.answer(page.meetings(), page.total());
  }

  @GET
  @Path("meetings/{id}")
  @Operation(summary = "One council meeting with its decisions")
  public Council.Meeting meeting(@PathParam("id") String id) {
    return council
        .meeting(QueryParams.pathId(id, "meeting"))
        .orElseThrow(() -> new RecordNotFoundException("meeting"));
  }

  @POST
  @Path("meetings")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Record a council meeting (admins)")
  @APIResponseSchema(
      value = org.institute.partners.Council.Meeting.class,
      responseCode = "201",
      responseDescription = "The meeting")
  public Response recordMeeting(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema =
                          @Schema(
                              implementation = org.institute.partners.Council.NewMeeting.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body = JsonFields.of(json, "heldOn", "title", "location");
    Council.NewMeeting meeting =
        new Council.NewMeeting(
            body.date("heldOn"), body.string("title", 300), body.string("location", 200));
    body.done();
    Council.Meeting created = council.recordMeeting(meeting);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @POST
  @Path("meetings/{id}/decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Record the meeting's next numbered decision (admins): {version, text, outcome}")
  public Council.Meeting decide(
      @PathParam("id") String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema =
                          @Schema(
                              implementation = org.institute.partners.Council.NewDecision.class)))
          JsonStructure json) {
    long meeting = QueryParams.pathId(id, "meeting");
    JsonFields body = JsonFields.of(json, "version", "text", "outcome");
    Council.NewDecision decision =
        new Council.NewDecision(
            body.longValue("version", 0, Long.MAX_VALUE),
            body.string("text", 4000),
            body.enumValue("outcome", DecisionOutcome.class));
    body.required("version");
    body.done();
    return council.recordDecision(meeting, decision);
  }

  @PUT
  @Path("meetings/{id}/minutes")
  @Consumes("application/pdf")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Attach the minutes as a PDF (admins); version as If-Match or ?version=")
  public Council.Meeting attachMinutes(
      @PathParam("id") String id,
      @QueryParam("version") String version,
      @HeaderParam("If-Match") String ifMatch,
      @QueryParam("fileName") String fileName,
      InputStream content)
      throws IOException {
    long meeting = QueryParams.pathId(id, "meeting");
    return council.attachMinutes(
        meeting,
        AgreementsResource.versionOf(version, ifMatch),
        fileName == null ? "minutes.pdf" : fileName,
        Downloads.readLimited(content, Documents.MAX_BYTES));
  }

  @GET
  @Path("meetings/{id}/minutes")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @Operation(summary = "The minutes of a meeting, as a PDF download")
  @APIResponse(
      responseCode = "200",
      description = "The minutes",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response minutes(@PathParam("id") String id) {
    Council.Attachment minutes =
        council
            .minutes(QueryParams.pathId(id, "meeting"))
            .orElseThrow(() -> new RecordNotFoundException("minutes"));
    return Downloads.pdf(minutes.fileName(), minutes.content());
  }
}
