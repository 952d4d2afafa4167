package org.institute.web.reports.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.KpiRecord;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.records.NewKpiTarget;
import org.institute.reporting.KpiDashboard;
import org.institute.reporting.KpiDrillDown;
import org.institute.reporting.KpiView;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.QueryParams;
import org.institute.web.reports.ReportTables;

@Path("kpis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
public class KpisResource {

  @Inject private KpiDashboard dashboard;
  @Inject private ReportTables tables;

  @GET
  @Operation(
      summary = "KPI targets against actuals (council, auditors, admins)",
      description =
          "Each: code, metric, labels, target, period, actual, progress (%), forecast (straight line"
              + " to the period's end), status (ACHIEVED, ON_TRACK, AT_RISK, MISSED, NO_SOURCE) and"
              + " the figure by year.")
  public List<KpiView> list() {
    return dashboard.kpis();
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @Operation(
      summary = "The dashboard's KPIs as CSV or XLSX (?format=csv|xlsx or the Accept header)")
  public Table<KpiView> export() {
    return tables.kpis();
  }

  @GET
  @Path("{code}")
  @Operation(summary = "One KPI")
  public KpiView one(@PathParam("code") String code) {
    return dashboard.kpi(code).orElseThrow(() -> new RecordNotFoundException("kpi"));
  }

  /** The drill-down: a page of the records behind a KPI's actual. */
  public record Records(KpiView kpi, List<KpiRecord> items, long total, int offset, int limit) {}

  @GET
  @Path("{code}/records")
  @Operation(summary = "The records behind a KPI's actual, newest first (paged)")
  public Records records(
      @PathParam("code") String code,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    int first = QueryParams.offset(offset);
    int max = QueryParams.limit(limit, 50, 200);
    KpiDrillDown d =
        dashboard.records(code, first, max).orElseThrow(() -> new RecordNotFoundException("kpi"));
    return new Records(d.kpi(), d.records(), d.total(), first, max);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Set a KPI target (admins)",
      description = "{code, metric, labelEn, labelZh, target, periodFrom, periodTo}")
  @APIResponseSchema(
      value = org.institute.reporting.KpiView.class,
      responseCode = "201",
      responseDescription = "The KPI with its target")
  public Response setTarget(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = org.institute.records.NewKpiTarget.class)))
          JsonStructure json) {
    JsonFields body =
        JsonFields.of(
            json, "code", "metric", "labelEn", "labelZh", "target", "periodFrom", "periodTo");
    NewKpiTarget target =
        new NewKpiTarget(
            body.string("code", 40),
            body.string("metric", 40),
            body.string("labelEn", 200),
            body.string("labelZh", 200),
            body.longValue("target", 1, 1_000_000_000_000L),
            body.date("periodFrom"),
            body.date("periodTo"));
    body.done();
    return Response.status(Response.Status.CREATED).entity(dashboard.setTarget(target)).build();
  }
}
