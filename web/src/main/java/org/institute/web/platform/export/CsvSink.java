package org.institute.web.platform.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV as Excel opens it without an import dialog: UTF-8 with a byte order mark (so Chinese text
 * survives), commas, CRLF line ends, quotes where needed. Text cells are guarded against formula
 * injection; numbers are written plain, without grouping.
 */
final class CsvSink implements TableSink {

  private final Writer writer;
  private final CSVPrinter printer;
  private boolean anySheet;

  CsvSink(OutputStream out) throws IOException {
    writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write('\uFEFF');
    printer = new CSVPrinter(writer, CSVFormat.EXCEL);
  }

  @Override
  public void sheet(String name) throws IOException {
    if (anySheet) {
      printer.println();
    }
    anySheet = true;
  }

  @Override
  public void row(List<?> cells) throws IOException {
    List<String> texts = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      String text = Cells.text(cell);
      texts.add(cell instanceof Number ? text : Cells.neutralised(text));
    }
    printer.printRecord(texts);
  }

  @Override
  public void close() throws IOException {
    printer.flush();
    writer.flush();
  }
}
