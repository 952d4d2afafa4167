package org.institute.web.core.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Conversion;
import org.institute.core.ExchangeRates;
import org.institute.core.Money;
import org.institute.core.Role;
import org.institute.web.platform.rest.QueryParams;

@Path("fx")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({
  Role.ADMIN_NAME,
  Role.PARTNER_STAFF_NAME,
  Role.COORDINATOR_NAME,
  Role.COUNCIL_NAME,
  Role.AUDITOR_NAME
})
public class ExchangeRateResource {

  public record ConversionView(
      BigDecimal amount,
      String currency,
      BigDecimal convertedAmount,
      String convertedCurrency,
      BigDecimal rate,
      LocalDate requestedDate,
      LocalDate rateDate,
      boolean usedEarlierRate) {}

  @Inject private ExchangeRates rates;

  @GET
  @Path("conversion")
  @Operation(
      summary =
          "Convert an amount between SGD and CNY at a date (or the latest earlier rate, as said)")
  public ConversionView convert(
      @QueryParam("amount") String amount,
      @QueryParam("currency") String currency,
      @QueryParam("to") String to,
      @QueryParam("date") String date) {
    Money money =
        Money.of(QueryParams.amount("amount", amount), QueryParams.currency("currency", currency));
    LocalDate on = QueryParams.date("date", date);
    Conversion c =
        rates
            .convert(money, QueryParams.currency("to", to), on == null ? LocalDate.now() : on)
            .orElseThrow(() -> new NotFoundException("no exchange rate on or before that date"));
    return new ConversionView(
        c.source().amount(),
        c.source().currency().getCurrencyCode(),
        c.result().amount(),
        c.result().currency().getCurrencyCode(),
        c.rate(),
        c.requestedDate(),
        c.rateDate(),
        c.usedEarlierRate());
  }
}
