package org.institute.web.platform.export;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a {@link Table} that a resource method returns as CSV or XLSX, whichever was negotiated,
 * as an attachment named after the table.
 */
@Provider
@Produces({ExportFormat.CSV_TYPE, ExportFormat.XLSX_TYPE})
public class TableWriter implements MessageBodyWriter<Table<?>> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return Table.class.isAssignableFrom(type)
        && ExportFormat.ofMediaType(mediaType.toString()) != null;
  }

  @Override
  public void writeTo(
      Table<?> table,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException, WebApplicationException {
    ExportFormat format = ExportFormat.ofMediaType(mediaType.toString());
    headers.putSingle("Content-Type", format.contentType());
    headers.putSingle(
        "Content-Disposition", "attachment; filename=\"" + format.fileName(table.name()) + "\"");
    try (TableSink sink = format.open(out)) {
      table.writeTo(sink);
    }
  }
}
