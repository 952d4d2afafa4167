package org.institute.web.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.RoyaltyReportView;
import org.institute.licensing.RoyaltyReports;
import org.institute.web.platform.rest.ListPages;

/**
 * One royalty report with its history. Reports are filed under their deal
 * (/licence-deals/{id}/royalty-reports); a report of a deal the caller does not read is 404. The
 * review (docs/decisions/0101): the admins' queue, acceptance, queries and the licensee's answers.
 */
@Path("royalty-reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.PARTNER_STAFF_NAME,
  Role.COUNCIL_NAME,
  Role.AUDITOR_NAME,
  Role.LICENSEE_NAME
})
public class RoyaltyReportResource {

  /** The version the admin read and accepts. */
  public record AcceptanceBody(Integer version) {}

  /** A question about the version the admin read. */
  public record QueryBody(Integer version, String question) {}

  /** The licensee's answer, with a correction (a new version) or without. */
  public record AnswerBody(String answer, NewRoyaltyReport correction) {}

  @Inject private RoyaltyReports reports;

  @GET
  @Path("{id}")
  @Operation(summary = "A royalty report with every version filed and what each owes")
  public RoyaltyReportView get(@PathParam("id") long id) {
    return reports.report(id);
  }

  @GET
  @Path("awaiting-review")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "The reports awaiting the licensing admins' review (filed, answered or corrected), the"
              + " earliest period first")
  public ListPages.Page<RoyaltyReportView> awaitingReview() {
    return new ListPages.Page<>(reports.awaitingReview(), null);
  }

  @POST
  @Path("{id}/acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Accept the version in force (name it in 'version'): the invoice is issued, or for a"
              + " corrected report an invoice of the increase or a credit note of the decrease; 409"
              + " when the report does not await review or a correction came meanwhile")
  public RoyaltyReportView accept(@PathParam("id") long id, AcceptanceBody body) {
    return reports.accept(id, version(required(body).version()));
  }

  @POST
  @Path("{id}/queries")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Query the version in force with a question for the licensee")
  public RoyaltyReportView query(@PathParam("id") long id, QueryBody body) {
    QueryBody q = required(body);
    return reports.query(id, version(q.version()), q.question());
  }

  @POST
  @Path("{id}/answers")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.LICENSEE_NAME})
  @Operation(
      summary =
          "Answer the open query (the licensee's staff), with a correction of the report or"
              + " without; the report then awaits review again")
  public RoyaltyReportView answer(@PathParam("id") long id, AnswerBody body) {
    AnswerBody a = required(body);
    return reports.answer(id, a.answer(), a.correction());
  }

  private static int version(Integer version) {
    if (version == null) {
      throw InvalidCommandException.of("version", "field.required");
    }
    return version;
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    return body;
  }
}
