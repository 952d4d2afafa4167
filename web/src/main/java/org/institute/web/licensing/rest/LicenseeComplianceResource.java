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
import org.institute.licensing.ComplianceView;
import org.institute.licensing.LicenseeCompliance;

/**
 * A licensee's compliance (decision 0104): reports on time or late per period, what it owes by age,
 * reported vs invoiced vs paid per year, late-payment interest. Licensee staff read their own
 * company's only (another's is 404); the licensor side the deals it reads.
 */
@Path("licensees")
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
public class LicenseeComplianceResource {

  @Inject private LicenseeCompliance compliance;

  @GET
  @Path("{partnerId}/compliance")
  @Operation(
      summary =
          "A licensee's compliance: reports on time or late, outstanding by age, reported vs"
              + " invoiced vs paid per year, late-payment interest")
  public ComplianceView compliance(@PathParam("partnerId") long partnerId) {
    return compliance.of(partnerId);
  }
}
