package org.institute.web.talent.rest;

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
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Role;
import org.institute.talent.NewParticipant;
import org.institute.talent.Page;
import org.institute.talent.ParticipantView;
import org.institute.talent.Participants;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;
import org.institute.web.talent.TalentTables;

@Path("participants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class ParticipantsResource {

  @Inject private Participants participants;
  @Inject private TalentTables tables;

  @GET
  @Operation(summary = "Search participants by name, Chinese name, e-mail or matriculation number")
  @APIResponseSchema(
      value = org.institute.talent.ParticipantView.class,
      responseDescription = "A page of participants")
  public Response search(
      @QueryParam("q") String q,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    if (ListPages.byOffset(offset, cursor)) {
      Page<ParticipantView> page =
          participants.search(
              q,
              QueryParams.offset(offset),
              QueryParams.limit(limit, ListPages.DEFAULT_LIMIT, ListPages.MAX_LIMIT));
      return ListPages.deprecated(page);
    }
    return ListPages.answer(participants.search(q, ListPages.request(cursor, limit, count)));
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @Operation(
      summary =
          "The same search as CSV or XLSX, every page (?format=csv|xlsx or the Accept header)")
  public Table<ParticipantView> export(@QueryParam("q") String q) {
    return tables.participants(q);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One participant")
  public ParticipantView one(@PathParam("id") long id) {
    return participants.find(id).orElseThrow(NotFoundException::new);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a participant; 400 if the e-mail or matriculation number is taken")
  @APIResponseSchema(
      value = org.institute.talent.ParticipantView.class,
      responseCode = "201",
      responseDescription = "The participant")
  public Response register(NewParticipant body) {
    Params.requireBody(body);
    ParticipantView created = participants.register(body);
    return Response.created(URI.create("participants/" + created.id())).entity(created).build();
  }
}
