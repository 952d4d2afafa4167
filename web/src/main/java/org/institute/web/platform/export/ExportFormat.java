package org.institute.web.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import org.institute.core.InvalidCommandException;

/** The file formats a table exports to. */
public enum ExportFormat {
  CSV(ExportFormat.CSV_TYPE, "csv"),
  XLSX(ExportFormat.XLSX_TYPE, "xlsx");

  public static final String CSV_TYPE = "text/csv";
  public static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String mediaType;
  private final String extension;

  ExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The Content-Type header: CSV says its charset, since Excel guesses otherwise. */
  public String contentType() {
    return this == CSV ? CSV_TYPE + ";charset=UTF-8" : XLSX_TYPE;
  }

  public String fileName(String base) {
    return base + "." + extension;
  }

  public TableSink open(OutputStream out) throws IOException {
    return this == CSV ? new CsvSink(out) : new XlsxSink(out);
  }

  /** The format named by a media type, or null when it names neither. */
  public static ExportFormat ofMediaType(String type) {
    if (type == null) {
      return null;
    }
    String bare = type.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    for (ExportFormat f : values()) {
      if (f.mediaType.equals(bare)) {
        return f;
      }
    }
    return null;
  }

  /** Parses a {@code format} parameter (csv, xlsx); anything else is refused on that field. */
  public static ExportFormat parse(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidCommandException.of(field, "field.required");
    }
    return switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "csv" -> CSV;
      case "xlsx" -> XLSX;
      default -> throw InvalidCommandException.of(field, "field.notAllowedValue");
    };
  }
}
