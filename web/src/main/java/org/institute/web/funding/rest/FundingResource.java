package org.institute.web.funding.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.records.CommitmentView;
import org.institute.records.Funding;
import org.institute.records.FundingOverview;
import org.institute.records.FundingQuery;
import org.institute.records.FundingRow;
import org.institute.records.FundsMovementKind;
import org.institute.records.NewCommitment;
import org.institute.records.NewFundsMovement;
import org.institute.web.funding.FundingTables;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.idempotency.Idempotent;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.QueryParams;

@Path("funding")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_STAFF_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
public class FundingResource {

  /** A page of commitments with the totals over all that match. */
  public record FundingList(
      List<CommitmentView> items,
      long total,
      int offset,
      int limit,
      FundingRow totals,
      List<FundingRow> byFunder,
      List<FundingRow> byCentre,
      List<FundingRow> byYear) {}

  @Inject private Funding funding;
  @Inject private FundingTables tables;

  @GET
  @Operation(
      summary =
          "Funding commitments with committed, disbursed and spent, in their currency, SGD and CNY",
      description =
          "Totals cover every matching commitment: overall, by funder (partner id), by centre (code,"
              + " or 'none') and by year. Each amount is converted at the rate of its date or the"
              + " latest earlier one, listed in earlierRateDates; noRateOn names a day without any"
              + " rate. Partner staff see their own partner's commitments. Filters: funder, centre,"
              + " year (of the period's start)")
  public FundingList list(
      @QueryParam("funder") String funder,
      @QueryParam("centre") String centre,
      @QueryParam("year") String year,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    int first = QueryParams.offset(offset);
    int max = QueryParams.limit(limit, 50, 200);
    FundingOverview o = funding.overview(query(funder, centre, year), first, max);
    return new FundingList(
        o.commitments(), o.total(), first, max, o.totals(), o.byFunder(), o.byCentre(), o.byYear());
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @Operation(
      summary =
          "The commitments as CSV or XLSX, every page (?format=csv|xlsx or the Accept header)",
      description =
          "Same filters and scope as the JSON list; committed, disbursed and spent in the commitment's"
              + " currency, then in SGD and CNY (empty where a day had no rate)")
  public Table<CommitmentView> export(
      @QueryParam("funder") String funder,
      @QueryParam("centre") String centre,
      @QueryParam("year") String year) {
    return tables.commitments(query(funder, centre, year));
  }

  private static FundingQuery query(String funder, String centre, String year) {
    Long funderId = QueryParams.id("funder", funder);
    return new FundingQuery(
        funderId == null ? null : new PartnerId(funderId),
        QueryParams.id("centre", centre),
        QueryParams.year("year", year));
  }

  @GET
  @Path("commitments/{id}")
  @Operation(summary = "One commitment with its disbursements and expenditures")
  public CommitmentView one(@PathParam("id") String id) {
    return funding
        .commitment(QueryParams.pathId(id, "commitment"))
        .orElseThrow(() -> new RecordNotFoundException("commitment"));
  }

  /** A new commitment (read with JsonFields; described for the contract). */
  public record CommitmentBody(
      @Schema(required = true, minimum = "1", description = "The funder: a partner's id")
          Long funder,
      @Schema(minimum = "1", description = "The centre's id") Long centre,
      @Schema(maxLength = 200) String labelEn,
      @Schema(maxLength = 200) String labelZh,
      @Schema(
              minimum = "1990",
              maximum = "2200",
              description = "A calendar year, or periodFrom and periodTo")
          Integer year,
      java.time.LocalDate periodFrom,
      java.time.LocalDate periodTo,
      java.time.LocalDate committedOn,
      @Schema(maxLength = 30, example = "250000.00", description = "A decimal number as text")
          String amount,
      @Schema(maxLength = 3, example = "SGD") String currency) {}

  /** A disbursement or an expenditure (read with JsonFields; described for the contract). */
  public record MovementBody(
      java.time.LocalDate date,
      @Schema(maxLength = 30, example = "1200.50", description = "A decimal number as text")
          String amount,
      @Schema(maxLength = 3, example = "SGD") String currency,
      @Schema(maxLength = 300) String purpose,
      @Schema(minimum = "0", description = "The commitment's version, as read") Long version) {}

  @POST
  @Idempotent
  @Path("commitments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Record a funding commitment (admins)",
      description =
          "{funder (partner id), centre (optional id), labelEn, labelZh, year | periodFrom and"
              + " periodTo, committedOn, amount (decimal text), currency (SGD|CNY)}")
  @APIResponseSchema(
      value = org.institute.records.CommitmentView.class,
      responseCode = "201",
      responseDescription = "The commitment")
  public Response commit(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = CommitmentBody.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body =
        JsonFields.of(
            json,
            "funder",
            "centre",
            "labelEn",
            "labelZh",
            "year",
            "periodFrom",
            "periodTo",
            "committedOn",
            "amount",
            "currency");
    Long funder = body.longValue("funder", 1, Long.MAX_VALUE);
    Long year = body.longValue("year", 1990, 2200);
    LocalDate from = body.date("periodFrom");
    LocalDate to = body.date("periodTo");
    NewCommitment command =
        new NewCommitment(
            funder == null ? null : new PartnerId(funder),
            body.longValue("centre", 1, Long.MAX_VALUE),
            body.string("labelEn", 200),
            body.string("labelZh", 200),
            year != null ? LocalDate.of(year.intValue(), 1, 1) : from,
            year != null ? LocalDate.of(year.intValue(), 12, 31) : to,
            body.date("committedOn"),
            body.string("amount", 30),
            body.string("currency", 3));
    body.done();
    if (year != null && (from != null || to != null)) {
      throw InvalidCommandException.of("year", "funding.period.yearOrDates");
    }
    CommitmentView created = funding.recordCommitment(command);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build())
        .entity(created)
        .build();
  }

  @POST
  @Idempotent
  @Path("commitments/{id}/disbursements")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Record a disbursement against a commitment (admins); never beyond the commitment",
      description =
          "{date, amount (decimal text), currency (the commitment's), purpose, version (the"
              + " commitment's, as read: 409 when it changed)}")
  public CommitmentView disburse(
      @PathParam("id") String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = MovementBody.class)))
          JsonStructure json) {
    return move(id, json, FundsMovementKind.DISBURSEMENT);
  }

  @POST
  @Idempotent
  @Path("commitments/{id}/expenditures")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Record an expenditure against a commitment (admins); never beyond what was disbursed",
      description = "{date, amount (decimal text), currency, purpose, version}")
  public CommitmentView spend(
      @PathParam("id") String id,
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = MovementBody.class)))
          JsonStructure json) {
    return move(id, json, FundsMovementKind.EXPENDITURE);
  }

  private CommitmentView move(String id, JsonStructure json, FundsMovementKind kind) {
    long commitment = QueryParams.pathId(id, "commitment");
    JsonFields body = JsonFields.of(json, "date", "amount", "currency", "purpose", "version");
    NewFundsMovement command =
        new NewFundsMovement(
            kind,
            body.date("date"),
            body.string("amount", 30),
            body.string("currency", 3),
            body.string("purpose", 300),
            body.longValue("version", 0, Long.MAX_VALUE));
    body.done();
    return funding.recordMovement(commitment, command);
  }
}
