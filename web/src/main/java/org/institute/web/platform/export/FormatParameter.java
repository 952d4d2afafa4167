package org.institute.web.platform.export;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.Map;
import org.institute.core.InvalidCommandException;

/**
 * {@code ?format=csv|xlsx|pdf|json} on any API address stands for the matching Accept header, so a
 * link can ask for a file where a client would negotiate. Content negotiation then picks the
 * resource method: lists answer JSON by default and CSV or XLSX when asked; an address without that
 * representation answers 406.
 */
@Provider
@PreMatching
public class FormatParameter implements ContainerRequestFilter {

  public static final String PDF_TYPE = "application/pdf";

  private static final Map<String, String> TYPES =
      Map.of(
          "csv",
          ExportFormat.CSV_TYPE,
          "xlsx",
          ExportFormat.XLSX_TYPE,
          "pdf",
          PDF_TYPE,
          "json",
          "application/json");

  @Override
  public void filter(ContainerRequestContext request) {
    String format = request.getUriInfo().getQueryParameters().getFirst("format");
    if (format == null || format.isBlank()) {
      return;
    }
    String type = TYPES.get(format.trim().toLowerCase(Locale.ROOT));
    if (type == null) {
      throw InvalidCommandException.of("format", "field.notAllowedValue");
    }
    request.getHeaders().putSingle(HttpHeaders.ACCEPT, type);
  }
}
