package org.institute.web.funding.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.FxImportResult;
import org.institute.core.FxRateAdministration;
import org.institute.core.FxRatePage;
import org.institute.core.InvalidCommandException;
import org.institute.core.NewFxRate;
import org.institute.core.Role;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.ListPages;

@Path("fx-rates")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
public class FxRatesResource {

  /** Larger than twenty thousand daily rates need; a bigger body is not a rates file. */
  public static final int MAX_BYTES = 1_000_000;

  @Inject private FxRateAdministration rates;

  @GET
  @Operation(summary = "Exchange rates, newest first")
  @APIResponseSchema(
      value = org.institute.core.FxRateView.class,
      responseDescription = "A page of exchange rates")
  public Response list(
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, null, 50, 200);
    FxRatePage page = rates.rates(paging.offset(), paging.limit());
    return paging.answer(page.rates(), page.total());
  }

  /** One rate (read with JsonFields; described for the contract). */
  public record RateBody(
      @Schema(required = true) java.time.LocalDate date,
      @Schema(required = true, pattern = "^[A-Z]{3}/[A-Z]{3}$", example = "SGD/CNY") String pair,
      @Schema(
              required = true,
              maxLength = 30,
              example = "5.3012",
              description = "A decimal number as text")
          String rate) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Record or correct one rate (admins)",
      description =
          "{date, pair ('SGD/CNY' or 'CNY/SGD'), rate (decimal text: quote units per base unit)}")
  @APIResponseSchema(
      value = org.institute.core.FxRateView.class,
      responseCode = "201",
      responseDescription = "The rate")
  public Response record(
      @RequestBody(
              required = true,
              content = {
                @Content(
                    mediaType = "application/json",
                    schema = @Schema(implementation = RateBody.class)),
                @Content(
                    mediaType = "text/csv",
                    schema =
                        @Schema(
                            type =
                                org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                    .STRING,
                            description = "date,rate lines")),
                @Content(
                    mediaType = "text/plain",
                    schema =
                        @Schema(
                            type =
                                org.eclipse.microprofile.openapi.annotations.enums.SchemaType
                                    .STRING,
                            description = "date,rate lines"))
              })
          JsonStructure json) {
    JsonFields body = JsonFields.of(json, "date", "pair", "rate");
    String pair = body.string("pair", 7);
    String rate = body.string("rate", 30);
    NewFxRate command =
        new NewFxRate(
            body.date("date"),
            pair == null || pair.length() != 7 ? pair : pair.substring(0, 3),
            pair == null || pair.length() != 7 ? null : pair.substring(4),
            rate);
    body.done();
    if (pair == null || !pair.matches("[A-Z]{3}/[A-Z]{3}")) {
      throw InvalidCommandException.of("pair", "fx.pair.invalid");
    }
    return Response.status(Response.Status.CREATED).entity(rates.record(command)).build();
  }

  @POST
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @RolesAllowed(Role.ADMIN_NAME)
  @Operation(
      summary = "Import daily SGD/CNY rates from a UTF-8 CSV 'date,rate' (admins), all or nothing",
      description =
          "A bad line refuses the whole file: 400 with one violation per line ('line N' and the"
              + " reason). Importing the same file again changes nothing.")
  public FxImportResult importCsv(byte[] csv) {
    if (csv.length > MAX_BYTES) {
      throw InvalidCommandException.of("file", "fx.csv.tooLarge");
    }
    return rates.importCsv(utf8(csv));
  }

  static String utf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw InvalidCommandException.of("file", "import.notUtf8");
    }
  }
}
