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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.licensing.InvoiceView;
import org.institute.licensing.Invoices;
import org.institute.licensing.NewInterestInvoice;
import org.institute.licensing.NewInvoicePayment;
import org.institute.licensing.PaymentView;
import org.institute.web.platform.rest.ListPages;

/**
 * Invoices and credit notes of accepted royalty reports (docs/decisions/0101): licensee staff read
 * their company's only (another's is 404), the licensor side those of the deals it reads; one
 * invoice as JSON, or as its sealed bilingual PDF by {@code Accept: application/pdf} or {@code
 * ?format=pdf}; admins record payments against an invoice and issue interest invoices on it
 * (decision 0109).
 */
@Path("invoices")
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
public class InvoicesResource {

  static final String PDF = "application/pdf";

  @Inject private Invoices invoices;
  @Context private UriInfo uri;

  @GET
  @Operation(
      summary =
          "Invoices, credit notes and interest invoices (kind INVOICE, CREDIT_NOTE, INTEREST),"
              + " newest first")
  @APIResponseSchema(value = InvoiceView.class, responseDescription = "A page of invoices")
  public Response list(
      @QueryParam("cursor") String cursor,
      @QueryParam("limit") String limit,
      @QueryParam("count") String count) {
    return ListPages.answer(invoices.list(ListPages.request(cursor, limit, count)));
  }

  @GET
  @Path("{id}")
  @Produces({MediaType.APPLICATION_JSON, PDF})
  @Operation(
      summary =
          "An invoice or credit note with what is paid and outstanding; its sealed PDF (English"
              + " and Chinese, both currencies) with Accept: application/pdf or ?format=pdf")
  @APIResponse(
      responseCode = "200",
      description = "The invoice, or its sealed PDF",
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = InvoiceView.class)),
        @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))
      })
  public Response get(
      @PathParam("id") long id, @QueryParam("format") String format, @Context HttpHeaders headers) {
    if (wantsPdf(format, headers)) {
      byte[] pdf = invoices.pdf(id);
      InvoiceView view = invoices.invoice(id);
      return Response.ok(pdf, PDF)
          .header(
              "Content-Disposition",
              "inline; filename=\"" + view.number().toLowerCase(Locale.ROOT) + ".pdf\"")
          .build();
    }
    return Response.ok(invoices.invoice(id), MediaType.APPLICATION_JSON_TYPE).build();
  }

  @POST
  @Path("{id}/payments")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Record a payment received against the invoice, in its currency: split between the"
              + " co-owners as every payment; more than is outstanding is kept as credit")
  @APIResponseSchema(
      value = PaymentView.class,
      responseCode = "201",
      responseDescription = "The payment, with its split between the co-owners")
  public Response recordPayment(@PathParam("id") long id, NewInvoicePayment body) {
    if (body == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    PaymentView payment = invoices.recordPayment(id, body);
    return Response.created(
            uri.getBaseUriBuilder().path("invoices").path(Long.toString(id)).build())
        .entity(payment)
        .build();
  }

  @POST
  @Path("{id}/interest-invoice")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary =
          "Issue an interest invoice (series INT) of the late-payment interest accrued on the"
              + " invoice up to today, or the day it was settled, that no interest invoice charged"
              + " yet; the body confirms that amount (the invoice's interestNotYetInvoiced). 409"
              + " naming why when nothing can be charged: licensing.invoice.noInterestTerm,"
              + " .noInterestAccrued, .interestInvoicedToDate, .interestOnInvoicesOnly, or"
              + " .interestAmountChanged")
  @APIResponseSchema(
      value = InvoiceView.class,
      responseCode = "201",
      responseDescription = "The interest invoice, linked to the invoice it charges interest on")
  public Response issueInterestInvoice(@PathParam("id") long id, NewInterestInvoice body) {
    if (body == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    InvoiceView issued = invoices.issueInterestInvoice(id, body);
    return Response.created(
            uri.getBaseUriBuilder().path("invoices").path(Long.toString(issued.id())).build())
        .entity(issued)
        .build();
  }

  /** {@code ?format=pdf|json} first, then the Accept header (JSON unless only PDF is accepted). */
  static boolean wantsPdf(String format, HttpHeaders headers) {
    if (format != null && !format.isBlank()) {
      return switch (format.trim().toLowerCase(Locale.ROOT)) {
        case "pdf" -> true;
        case "json" -> false;
        default -> throw InvalidCommandException.of("format", "field.notAllowedValue");
      };
    }
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
        return false;
      }
      if (type.getType().equals("application") && type.getSubtype().equals("pdf")) {
        return true;
      }
    }
    return false;
  }
}
