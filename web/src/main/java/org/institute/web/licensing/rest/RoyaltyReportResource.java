package org.institute.web.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Role;
import org.institute.licensing.RoyaltyReportView;
import org.institute.licensing.RoyaltyReports;

/**
 * One royalty report with its history. Reports are filed under their deal
 * (/licence-deals/{id}/royalty-reports); a report of a deal the caller does not read is 404.
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

  @Inject private RoyaltyReports reports;

  @GET
  @Path("{id}")
  @Operation(summary = "A royalty report with every version filed and what each owes")
  public RoyaltyReportView get(@PathParam("id") long id) {
    return reports.report(id);
  }
}
