package org.institute.web.reports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.reporting.AnnualReport;
import org.institute.reporting.AnnualReports;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.FormatParameter;
import org.institute.web.platform.rest.QueryParams;
import org.institute.web.reports.AnnualReportFiles;
import org.institute.web.reports.ReportCells;

@Path("reports")
@RequestScoped
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
public class ReportsResource {

  @Inject private AnnualReports reports;
  @Inject private AnnualReportFiles files;

  @GET
  @Path("annual")
  @Produces({FormatParameter.PDF_TYPE, ExportFormat.XLSX_TYPE, ExportFormat.CSV_TYPE})
  @Operation(
      summary = "The annual report for the Governing Council (admins, council, auditors)",
      description =
          "year: 2015..2200 (required); format: pdf (default), xlsx or csv. The PDF has bilingual"
              + " headings, the KPI table with a bar chart, the year's projects and papers and the"
              + " licensing figures; XLSX has a sheet per table, CSV the tables one after another."
              + " Statuses and other labels are in the language of Accept-Language (zh: Simplified"
              + " Chinese, else English)."
              + " Generated synchronously on each request.")
  @APIResponse(
      responseCode = "200",
      description = "The annual report as PDF, CSV or XLSX",
      content = {
        @Content(
            mediaType = "application/pdf",
            schema = @Schema(type = SchemaType.STRING, format = "binary")),
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(
            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response annual(
      @QueryParam("year") String year,
      @QueryParam("format") String format,
      @Context HttpHeaders headers) {
    Long y = QueryParams.number("year", year);
    if (y == null) {
      throw InvalidCommandException.of("year", "field.required");
    }
    if (y < AnnualReports.FIRST_YEAR || y > AnnualReports.LAST_YEAR) {
      throw InvalidCommandException.of("year", "field.outOfRange");
    }
    String f = AnnualReportFiles.format(format);
    AnnualReport report = reports.generate(y.intValue(), percent -> {});
    Locale reader = ReportCells.reader(headers.getAcceptableLanguages());
    StreamingOutput body = out -> files.write(report, f, reader, out);
    return Response.ok(body, AnnualReportFiles.contentType(f))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + AnnualReportFiles.fileName(report.year(), f) + "\"")
        .build();
  }
}
