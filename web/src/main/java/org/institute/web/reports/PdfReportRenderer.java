package org.institute.web.reports;

import com.lowagie.text.BadElementException;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.institute.core.PdfFonts;
import org.institute.reporting.AnnualReport;
import org.institute.reporting.ReportSection;

/**
 * Prints the annual report with OpenPDF in the shipped CJK font ({@link PdfFonts}): a title page
 * block, then each section with its heading in English and Simplified Chinese, its tables (headers
 * in both languages, cells in the reader's: {@link ReportCells}) and its bar charts, drawn as
 * vector graphics. Whole numbers are grouped by thousands; amounts keep two decimals beside their
 * currency column.
 */
@ApplicationScoped
public class PdfReportRenderer {

  private static final Color INK = new Color(0x1f, 0x3a, 0x5f);
  private static final Color BAR = new Color(0x2e, 0x6d, 0xa4);
  private static final Color TRACK = new Color(0xe3, 0xe8, 0xef);
  private static final Color HEADER = new Color(0xee, 0xf2, 0xf7);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  @Inject private PdfFonts font;

  public PdfReportRenderer() {}

  /** For tests: a renderer with a given font. */
  PdfReportRenderer(PdfFonts font) {
    this.font = font;
  }

  /** Prints the report; cells and bar labels in the reader's language ({@link ReportCells}). */
  public void render(AnnualReport report, Locale reader, OutputStream out) throws IOException {
    BaseFont base = font.base();
    ReportCells cells = ReportCells.in(reader);
    Fonts fonts =
        new Fonts(
            new Font(base, 20, Font.NORMAL, INK),
            new Font(base, 14, Font.NORMAL, INK),
            new Font(base, 11, Font.NORMAL, INK),
            new Font(base, 8),
            new Font(base, 8, Font.NORMAL, Color.DARK_GRAY));
    Document document = new Document(PageSize.A4.rotate(), 40, 40, 40, 40);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      // a chart that does not fit the page goes to the next one before the text that follows it
      writer.setStrictImageSequence(true);
      document.addTitle("Annual report " + report.year());
      document.addCreator("SSIJRI administration");
      document.open();
      add(document, "Annual Report " + report.year() + " to the Governing Council", fonts.title, 2);
      add(document, report.year() + "年度理事会报告", fonts.title, 6);
      add(document, "Sino-Singapore International Joint Research Institute", fonts.caption, 0);
      add(document, "中新国际联合研究院", fonts.caption, 0);
      add(document, "Generated " + STAMP.format(report.generatedAt()), fonts.muted, 14);
      for (ReportSection section : report.sections()) {
        add(document, section.titleEn(), fonts.heading, 0);
        add(document, section.titleZh(), fonts.heading, 6);
        for (ReportSection.Block block : section.blocks()) {
          if (block instanceof ReportSection.Table t) {
            table(document, t, fonts, cells);
          } else if (block instanceof ReportSection.Chart c) {
            chart(document, writer.getDirectContent(), c, base, fonts, cells);
          } else if (block instanceof ReportSection.Note n) {
            add(document, n.en() + " / " + n.zh(), fonts.cell, 8);
          }
        }
        document.add(new Paragraph(" ", fonts.cell));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IOException("the report could not be printed", e);
    }
  }

  private record Fonts(Font title, Font heading, Font caption, Font cell, Font muted) {}

  private static void add(Document document, String text, Font f, float after) {
    Paragraph p = new Paragraph(text, f);
    p.setSpacingAfter(after);
    document.add(p);
  }

  private static void table(
      Document document, ReportSection.Table t, Fonts fonts, ReportCells cells) {
    add(document, t.captionEn() + " / " + t.captionZh(), fonts.caption, 4);
    PdfPTable table = new PdfPTable(t.headersEn().size());
    table.setWidthPercentage(100);
    table.setWidths(widths(t, cells));
    table.setHeaderRows(1);
    for (int i = 0; i < t.headersEn().size(); i++) {
      String header = t.headersEn().get(i) + "\n" + t.headersZh().get(i);
      PdfPCell cell = new PdfPCell(new Phrase(header, fonts.cell));
      cell.setBackgroundColor(HEADER);
      cell.setPadding(3);
      table.addCell(cell);
    }
    for (List<Object> row : t.rows()) {
      for (Object value : row) {
        PdfPCell cell = new PdfPCell(new Phrase(cells.text(value), fonts.cell));
        cell.setPadding(3);
        if (value instanceof Number) {
          cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        }
        table.addCell(cell);
      }
    }
    if (t.rows().isEmpty()) {
      PdfPCell none = new PdfPCell(new Phrase("None / 无", fonts.muted));
      none.setColspan(t.headersEn().size());
      none.setPadding(3);
      table.addCell(none);
    }
    table.setSpacingAfter(10);
    document.add(table);
  }

  /** Column widths in proportion to their longest text, so codes and numbers stay on one line. */
  private static float[] widths(ReportSection.Table t, ReportCells cells) {
    float[] widths = new float[t.headersEn().size()];
    for (int i = 0; i < widths.length; i++) {
      int longest =
          Math.max(6, Math.max(t.headersEn().get(i).length(), t.headersZh().get(i).length() * 2));
      for (List<Object> row : t.rows()) {
        String text = cells.text(row.get(i));
        int width = text.codePoints().map(c -> c > 0x2E80 ? 2 : 1).sum();
        longest = Math.max(longest, width);
      }
      // two characters' room for the cell's padding; long texts wrap instead
      widths[i] = Math.min(longest, 30) + 2;
    }
    return widths;
  }

  /** Bars drawn on a template that flows with the text like an image. */
  private static void chart(
      Document document,
      PdfContentByte canvas,
      ReportSection.Chart chart,
      BaseFont base,
      Fonts fonts,
      ReportCells cells)
      throws BadElementException {
    add(document, chart.captionEn() + " / " + chart.captionZh(), fonts.caption, 4);
    float width = document.right() - document.left();
    float row = 16;
    float labelWidth = 170;
    float textWidth = 150;
    float height = chart.bars().size() * row + 4;
    PdfTemplate t = canvas.createTemplate(width, height);
    float barWidth = width - labelWidth - textWidth;
    for (int i = 0; i < chart.bars().size(); i++) {
      ReportSection.Bar bar = chart.bars().get(i);
      float y = height - (i + 1) * row;
      double share = bar.full() <= 0 ? 0 : Math.min(1.0, (double) bar.value() / bar.full());
      t.setColorFill(TRACK);
      t.rectangle(labelWidth, y + 3, barWidth, row - 6);
      t.fill();
      t.setColorFill(BAR);
      t.rectangle(labelWidth, y + 3, (float) (barWidth * share), row - 6);
      t.fill();
      t.setColorFill(Color.BLACK);
      t.beginText();
      t.setFontAndSize(base, 8);
      t.showTextAligned(
          PdfContentByte.ALIGN_LEFT,
          fit(cells.text(bar.label()), base, labelWidth - 6),
          0,
          y + 5,
          0);
      t.showTextAligned(PdfContentByte.ALIGN_LEFT, bar.text(), labelWidth + barWidth + 6, y + 5, 0);
      t.endText();
    }
    Image image = Image.getInstance(t);
    image.setSpacingAfter(10);
    document.add(image);
  }

  private static String fit(String text, BaseFont base, float width) {
    String s = text;
    while (s.length() > 4 && base.getWidthPoint(s, 8) > width) {
      s = s.substring(0, s.length() - 2);
    }
    return s.equals(text) ? s : s + "…";
  }
}
