package org.institute.web.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.DealView;
import org.institute.licensing.DistributionStatement;
import org.institute.licensing.Execution;
import org.institute.licensing.InboxPage;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.LicenceObligations;
import org.institute.licensing.LicensingCalendar;
import org.institute.licensing.NewPayment;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.ObligationPage;
import org.institute.licensing.ObligationStatus;
import org.institute.licensing.ObligationView;
import org.institute.licensing.PaymentView;
import org.institute.licensing.RoyaltyReportView;
import org.institute.licensing.RoyaltyReports;
import org.institute.web.licensing.LicensingTables;
import org.institute.web.platform.export.ExportFormat;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.idempotency.Idempotent;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

/**
 * Licence deals and their workflow. Transitions are POSTs to /{id}/{transition}; each accepts an
 * {@code Idempotency-Key}. A deal outside the caller's scope is 404; a transition the deal's state
 * no longer allows (or that lost a race) is 409.
 */
@Path("licence-deals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_STAFF_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
public class LicenceDealResource {

  /** The body of a transition: an optional comment (a reason, where the transition needs one). */
  public record Comment(String comment) {}

  /**
   * The body of an approval: an optional comment and, where the deal needs it, the reference of the
   * Governing Council's resolution (with the last approval at the latest).
   */
  public record Approval(String comment, String councilResolution) {}

  public record Revision(Long version, DealTerms terms) {}

  /** The body of a payment's void: why it is voided (required). */
  public record VoidRequest(String reason) {}

  /** Execution: signing date and the signed agreement as a base64-encoded PDF. */
  public record ExecutionRequest(
      LocalDate signingDate, String fileName, String signedPdfBase64, String comment) {}

  @Inject private LicenceDeals deals;
  @Inject private LicensingTables tables;
  @Inject private LicenceObligations obligations;
  @Inject private LicensingCalendar calendar;
  @Inject private RoyaltyReports royaltyReports;
  @Context private UriInfo uri;

  @GET
  @Operation(
      summary =
          "Deals in the caller's scope, searched by text (title, number, party names), filtered by"
              + " state, partner and date of last change; one page of the list envelope",
      description =
          "q: text in a title, a deal number or a licensee's or licensor's code or name;"
              + " sort: updatedAt, title, state, totalValue or id, then ,asc or ,desc"
              + " (e.g. title,asc; '-title' also means descending); newest change first by"
              + " default. An unknown sort field is refused (400) naming 'sort'. Answers"
              + " {items, next}: send 'next' back as ?cursor= (with the same filters and sort) for"
              + " the following page; ?count=exact adds 'total'. limit: 1 to 200, 50 by default."
              + " ?offset= still works (deprecated): it answers the old {deals, total, offset,"
              + " limit} with a Deprecation header.")
  @APIResponseSchema(
      value = org.institute.licensing.DealRow.class,
      responseDescription = "A page of deals")
  public Response list(
      @QueryParam("q") String text,
      @QueryParam("state") String state,
      @QueryParam("partner") String partner,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    DealQuery query =
        new DealQuery(
            QueryParams.enumValue("state", state, DealState.class),
            QueryParams.id("partner", partner),
            QueryParams.date("from", from),
            QueryParams.date("to", to),
            sort,
            text);
    if (ListPages.byOffset(offset, cursor)) {
      return ListPages.deprecated(
          deals.list(
              query,
              QueryParams.offset(offset),
              QueryParams.limit(limit, ListPages.DEFAULT_LIMIT, ListPages.MAX_LIMIT)));
    }
    return ListPages.answer(deals.slice(query, ListPages.request(cursor, limit, count)));
  }

  @GET
  @Produces({ExportFormat.CSV_TYPE + ";qs=0.5", ExportFormat.XLSX_TYPE + ";qs=0.5"})
  @Operation(
      summary =
          "The same deal list as CSV or XLSX, every page (?format=csv|xlsx or the Accept header)")
  public Table<DealRow> export(
      @QueryParam("q") String text,
      @QueryParam("state") String state,
      @QueryParam("partner") String partner,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("sort") String sort) {
    DealQuery query =
        new DealQuery(
            QueryParams.enumValue("state", state, DealState.class),
            QueryParams.id("partner", partner),
            QueryParams.date("from", from),
            QueryParams.date("to", to),
            sort,
            text);
    return tables.deals(query);
  }

  @GET
  @Path("inbox")
  @Operation(
      summary =
          "Deals waiting for the caller: approvals (admins) and consents (co-owner staff), what"
              + " has waited longest first",
      description = "Read by keyset: send 'next' back as ?cursor=.")
  @APIResponseSchema(
      value = org.institute.licensing.InboxRow.class,
      responseDescription = "A page of the deals waiting for the caller")
  public Response inbox(
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    if (ListPages.byOffset(offset, cursor)) {
      InboxPage page =
          deals.inbox(
              QueryParams.offset(offset),
              QueryParams.limit(limit, ListPages.DEFAULT_LIMIT, ListPages.MAX_LIMIT));
      return ListPages.deprecated(page);
    }
    return ListPages.answer(deals.inbox(ListPages.request(cursor, limit, count)));
  }

  @GET
  @Path("obligations")
  @Operation(
      summary =
          "Obligations of executed deals in the caller's scope, soonest due first; filter by status and due date")
  @APIResponseSchema(
      value = org.institute.licensing.ObligationView.class,
      responseDescription = "A page of obligations")
  public Response obligationList(
      @QueryParam("status") String status,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, null, 50);
    ObligationPage page =
        obligations.list(
            QueryParams.enumValue("status", status, ObligationStatus.class),
            QueryParams.date("from", from),
            QueryParams.date("to", to),
            paging.offset(),
            paging.limit());
    return paging.answer(page.obligations(), page.total(), () -> page);
  }

  @POST
  @Path("obligations/reminders")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Run the obligation reminders now (admins); 'today' defaults to the server's date")
  public ReminderRun remindObligations(@QueryParam("today") String today) {
    LocalDate day = QueryParams.date("today", today);
    return new ReminderRun(
        calendar.remindObligations(day == null ? LocalDate.now(java.time.ZoneOffset.UTC) : day));
  }

  @POST
  @Path("compliance/reminders")
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Run the reminders of royalty reports not filed and invoices not settled now (admins);"
              + " 'today' defaults to the server's date")
  public ReminderRun remindReportsAndInvoices(@QueryParam("today") String today) {
    LocalDate day = QueryParams.date("today", today);
    return new ReminderRun(
        calendar.remindReportsAndInvoices(
            day == null ? LocalDate.now(java.time.ZoneOffset.UTC) : day));
  }

  public record ReminderRun(int sent) {}

  @GET
  @Path("{id}/obligations")
  @Operation(
      summary =
          "The deal's obligations (milestone payments and royalty reports due) with their status")
  public List<ObligationView> obligations(@PathParam("id") long id) {
    return obligations.ofDeal(id);
  }

  @POST
  @Path("{id}/obligations/{obligationId}/waive")
  @Idempotent
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(summary = "Waive an open obligation (admins), with a reason in 'comment'")
  public ObligationView waive(
      @PathParam("id") long id, @PathParam("obligationId") long obligationId, Comment body) {
    return obligations.waive(id, obligationId, comment(body));
  }

  @POST
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Draft a deal (staff of a co-owner of the licensed families, or an admin)")
  @APIResponseSchema(
      value = DealView.class,
      responseCode = "201",
      responseDescription = "The draft deal")
  public Response create(DealTerms terms) {
    DealView view = deals.create(required(terms));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(view)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A deal with its consents, approvals and timeline")
  public DealView get(@PathParam("id") long id) {
    return deals.find(id).orElseThrow(() -> new RecordNotFoundException("deal " + id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Revise a draft's terms; 'version' must be the version last read")
  public DealView revise(@PathParam("id") long id, Revision revision) {
    if (revision == null || revision.version() == null) {
      throw InvalidCommandException.of("version", "field.required");
    }
    return deals.revise(id, revision.version(), revision.terms());
  }

  @POST
  @Path("{id}/submit")
  @Idempotent
  @Operation(summary = "Submit for the co-owners' consent and admin approval")
  public DealView submit(@PathParam("id") long id, Comment body) {
    return deals.submit(id, comment(body));
  }

  @POST
  @Path("{id}/consent")
  @Idempotent
  @Operation(summary = "Consent as staff of a co-owner whose consent is pending")
  public DealView consent(@PathParam("id") long id, Comment body) {
    return deals.consent(id, comment(body));
  }

  @POST
  @Path("{id}/approve")
  @Idempotent
  @Operation(
      summary =
          "Approve as an admin other than the drafter and the submitter; where the deal needs the"
              + " council's resolution (approvalNeeds.councilResolution), councilResolution names it")
  public DealView approve(@PathParam("id") long id, Approval body) {
    return body == null
        ? deals.approve(id, null, null)
        : deals.approve(id, body.comment(), body.councilResolution());
  }

  @POST
  @Path("{id}/reject")
  @Idempotent
  @Operation(summary = "Reject (admins), with a reason in 'comment'")
  public DealView reject(@PathParam("id") long id, Comment body) {
    return deals.reject(id, comment(body));
  }

  @POST
  @Path("{id}/request-changes")
  @Idempotent
  @Operation(
      summary = "Send back for changes (admins, or a co-owner asked for consent), with a reason")
  public DealView requestChanges(@PathParam("id") long id, Comment body) {
    return deals.requestChanges(id, comment(body));
  }

  @POST
  @Path("{id}/execute")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Record the signature: signing date and the signed agreement (base64 PDF)")
  public DealView execute(@PathParam("id") long id, ExecutionRequest body) {
    if (body == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    byte[] pdf;
    try {
      pdf =
          body.signedPdfBase64() == null
              ? new byte[0]
              : Base64.getMimeDecoder().decode(body.signedPdfBase64());
    } catch (IllegalArgumentException e) {
      throw InvalidCommandException.of("signedPdf", "document.notPdf");
    }
    return deals.execute(
        id, new Execution(body.signingDate(), body.fileName(), pdf, body.comment()));
  }

  @POST
  @Path("{id}/terminate")
  @Idempotent
  @Operation(summary = "Terminate an executed or active deal (admins), with a reason")
  public DealView terminate(@PathParam("id") long id, Comment body) {
    return deals.terminate(id, comment(body));
  }

  @GET
  @Path("{id}/agreement")
  @Produces("application/pdf")
  @Operation(summary = "The signed agreement, as an attachment")
  @APIResponse(
      responseCode = "200",
      description = "The licence agreement",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = SchemaType.STRING, format = "binary")))
  public Response agreement(@PathParam("id") long id) {
    LicenceDeals.SignedAgreement pdf =
        deals
            .signedAgreement(id)
            .orElseThrow(() -> new RecordNotFoundException("agreement of deal " + id));
    String name = pdf.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
    return Response.ok(pdf.content(), "application/pdf")
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  @GET
  @Path("{id}/payments")
  @Operation(summary = "Payments received under the deal, each with its split")
  public List<PaymentView> payments(@PathParam("id") long id) {
    return deals.payments(id);
  }

  @POST
  @Path("{id}/payments")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Record a payment: converted to SGD and CNY at its date and split by ownership shares")
  @APIResponseSchema(
      value = PaymentView.class,
      responseCode = "201",
      responseDescription = "The payment and its split")
  public Response recordPayment(@PathParam("id") long id, NewPayment payment) {
    PaymentView view = deals.recordPayment(id, required(payment));
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(view)
        .build();
  }

  @POST
  @Path("{id}/payments/{paymentId}/void")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Void a payment (admins), with a 'reason': it stays listed with who voided it, when and"
              + " why, its split and what it paid towards an obligation are reversed, and it counts"
              + " in no total; a payment already voided is 409")
  public PaymentView voidPayment(
      @PathParam("id") long id, @PathParam("paymentId") long paymentId, VoidRequest body) {
    return deals.voidPayment(id, paymentId, required(body).reason());
  }

  @GET
  @Path("{id}/royalty-reports")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.PARTNER_STAFF_NAME,
    Role.COUNCIL_NAME,
    Role.AUDITOR_NAME,
    Role.LICENSEE_NAME
  })
  @Operation(
      summary =
          "The deal's royalty reports by period, each with every version filed (licensee staff see"
              + " their own company's signed deals only; any other deal is 404)")
  public List<RoyaltyReportView> royaltyReports(@PathParam("id") long id) {
    return royaltyReports.reports(id);
  }

  @POST
  @Path("{id}/royalty-reports")
  @Idempotent
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.ADMIN_NAME, Role.LICENSEE_NAME})
  @Operation(
      summary =
          "File a period's royalty report (the licensee's staff, or admins): net sales per product"
              + " and territory in the deal's currency; the royalty due follows from the terms'"
              + " rate, tiers and annual minimum. A correction names 'amendsVersion' and becomes a"
              + " new version; a correction of an older version is 409")
  @APIResponseSchema(
      value = RoyaltyReportView.class,
      responseCode = "201",
      responseDescription = "The royalty report")
  public Response fileRoyaltyReport(@PathParam("id") long id, NewRoyaltyReport report) {
    RoyaltyReportView view = royaltyReports.file(id, required(report));
    return Response.created(
            uri.getBaseUriBuilder().path("royalty-reports").path(Long.toString(view.id())).build())
        .entity(view)
        .build();
  }

  @GET
  @Path("{id}/distribution")
  @Operation(
      summary =
          "Revenue distribution statement: each co-owner's total in SGD and CNY, and per payment")
  public DistributionStatement distribution(@PathParam("id") long id) {
    return deals.distribution(id);
  }

  private static String comment(Comment body) {
    return body == null ? null : body.comment();
  }

  private static <T> T required(T body) {
    if (body == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    return body;
  }
}
