package org.institute.web.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Role;
import org.institute.licensing.DistributionLineView;
import org.institute.licensing.Distributions;
import org.institute.web.licensing.LicensingTables;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.FormatParameter;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

/**
 * The distribution statement (issue 19, decision 0107): what payments gave, line by line, as JSON,
 * CSV, XLSX or PDF; partner staff see their own institution's lines.
 */
@Path("distribution-statement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class DistributionStatementResource {

  @Inject private Distributions distributions;
  @Inject private LicensingTables tables;

  @GET
  @RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_STAFF_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
  @Operation(
      summary =
          "The distribution lines of payments not voided, the latest first: of an institution"
              + " (?partnerId=), a deal (?dealId=), an inventor (?inventor=, the name), received"
              + " ?from= ?to=; partner staff see their own institution's lines; at most 5,000")
  public ListPages.Page<DistributionLineView> statement(
      @QueryParam("partnerId") String partnerId,
      @QueryParam("dealId") String dealId,
      @QueryParam("inventor") String inventor,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return new ListPages.Page<>(lines(partnerId, dealId, inventor, from, to), null);
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_STAFF_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
  @Operation(summary = "The same statement as CSV or XLSX (?format=csv|xlsx or the Accept header)")
  public Table<DistributionLineView> statementFile(
      @QueryParam("partnerId") String partnerId,
      @QueryParam("dealId") String dealId,
      @QueryParam("inventor") String inventor,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    return tables.distribution(lines(partnerId, dealId, inventor, from, to));
  }

  @GET
  @Produces(FormatParameter.PDF_TYPE + ";qs=0.4")
  @RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_STAFF_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
  @Operation(
      summary =
          "The same statement as a PDF in English and Chinese (?format=pdf or Accept:"
              + " application/pdf), as the portal prints it")
  @APIResponse(
      responseCode = "200",
      description = "The statement",
      content =
          @Content(
              mediaType = FormatParameter.PDF_TYPE,
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response statementPdf(
      @QueryParam("partnerId") String partnerId,
      @QueryParam("dealId") String dealId,
      @QueryParam("inventor") String inventor,
      @QueryParam("from") String from,
      @QueryParam("to") String to) {
    byte[] pdf =
        distributions.statementPdf(
            QueryParams.id("partnerId", partnerId),
            QueryParams.id("dealId", dealId),
            inventor,
            QueryParams.date("from", from),
            QueryParams.date("to", to));
    return Response.ok(pdf, FormatParameter.PDF_TYPE)
        .header("Content-Disposition", "attachment; filename=\"distribution-statement.pdf\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "private, no-store")
        .build();
  }

  private List<DistributionLineView> lines(
      String partnerId, String dealId, String inventor, String from, String to) {
    return distributions.statement(
        QueryParams.id("partnerId", partnerId),
        QueryParams.id("dealId", dealId),
        inventor,
        QueryParams.date("from", from),
        QueryParams.date("to", to));
  }
}
