package org.institute.web.platform.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** A table as a file the portal offers for download (PrimeFaces {@code p:fileDownload}). */
public final class TableDownload {
  private TableDownload() {}

  public static StreamedContent of(Table<?> table, String format) {
    ExportFormat f = ExportFormat.parse("format", format);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (TableSink sink = f.open(bytes)) {
      table.writeTo(sink);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    byte[] content = bytes.toByteArray();
    return DefaultStreamedContent.builder()
        .name(f.fileName(table.name()))
        .contentType(f.contentType())
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }
}
