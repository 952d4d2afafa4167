package org.institute.licensing.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.institute.core.PdfFonts;
import org.institute.licensing.DistributionLineView;
import org.institute.licensing.DistributionStep;
import org.institute.licensing.DistributionTotal;
import org.institute.licensing.domain.StatementRenderer;

/**
 * Prints distribution statements with OpenPDF (decision 0107): every label in English and Chinese,
 * names in both scripts where known, in the font the core ships ({@link PdfFonts}), A4 landscape:
 * the totals per recipient, then every line.
 */
@ApplicationScoped
public class OpenPdfStatementRenderer implements StatementRenderer {

  private static final Map<DistributionStep, String> STEPS =
      Map.of(
          DistributionStep.COST_RECOVERY, "Costs repaid / 偿还费用",
          DistributionStep.INSTITUTION, "Institution / 机构",
          DistributionStep.INVENTOR, "Inventor / 发明人");

  @Inject PdfFonts fonts;

  public OpenPdfStatementRenderer() {}

  /** For tests: a renderer with the given fonts. */
  public OpenPdfStatementRenderer(PdfFonts fonts) {
    this.fonts = fonts;
  }

  @Override
  public byte[] render(List<String> scope, List<DistributionLineView> lines) {
    BaseFont base = fonts.base();
    Font title = new Font(base, 18, Font.NORMAL, new Color(0x1f, 0x3a, 0x5f));
    Font normal = new Font(base, 9);
    Font bold = new Font(base, 9, Font.BOLD);
    Font heading = new Font(base, 12, Font.BOLD);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle("Distribution statement");
      document.open();
      document.add(paragraph("Distribution statement / 收益分配明细", title, 4));
      document.add(
          paragraph(
              "Sino-Singapore International Joint Research Institute / 中新国际联合研究院", normal, 6));
      for (String line : scope) {
        document.add(paragraph(line, normal, 2));
      }
      document.add(paragraph(" ", normal, 4));

      document.add(paragraph("Totals / 合计", heading, 4));
      PdfPTable totals = new PdfPTable(new float[] {2f, 3.2f, 2.6f, 2f, 2f});
      totals.setWidthPercentage(100);
      header(totals, bold, "Step / 步骤", "Partner / 机构", "Inventor / 发明人", "SGD / 新元", "CNY / 人民币");
      BigDecimal sgd = BigDecimal.ZERO;
      BigDecimal cny = BigDecimal.ZERO;
      for (DistributionTotal t : DistributionTotal.of(lines)) {
        cells(
            totals,
            normal,
            STEPS.get(t.step()),
            names(t.partnerName(), t.partnerNameZh()),
            t.inventorName() == null ? "" : t.inventorName(),
            OpenPdfInvoiceRenderer.money("SGD", t.sgd()),
            OpenPdfInvoiceRenderer.money("CNY", t.cny()));
        sgd = sgd.add(t.sgd());
        cny = cny.add(t.cny());
      }
      cells(
          totals,
          bold,
          "Total / 总计",
          "",
          "",
          OpenPdfInvoiceRenderer.money("SGD", sgd),
          OpenPdfInvoiceRenderer.money("CNY", cny));
      document.add(totals);
      document.add(paragraph(" ", normal, 4));

      document.add(paragraph("Lines / 明细", heading, 4));
      PdfPTable table = new PdfPTable(new float[] {1.6f, 1.1f, 1.9f, 1.8f, 2.8f, 2.4f, 2f, 1.9f});
      table.setWidthPercentage(100);
      table.setHeaderRows(1);
      header(
          table,
          bold,
          "Received / 收款日",
          "Deal / 交易",
          "Step / 步骤",
          "Family / 专利族",
          "Partner / 机构",
          "Inventor / 发明人",
          "Amount / 金额",
          "SGD / 新元");
      for (DistributionLineView l : lines) {
        cells(
            table,
            normal,
            l.receivedOn().toString(),
            "#" + l.dealId(),
            STEPS.get(l.step()),
            l.familyReference(),
            partner(l),
            l.inventorName() == null
                ? ""
                : l.inventorName()
                    + " ("
                    + l.contribution().stripTrailingZeros().toPlainString()
                    + "%)",
            OpenPdfInvoiceRenderer.money(l.currency(), l.amount()),
            OpenPdfInvoiceRenderer.money("SGD", l.amountSgd()));
      }
      document.add(table);
      if (lines.isEmpty()) {
        document.add(paragraph("No lines. / 没有分配记录。", normal, 0));
      }
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot render the distribution statement", e);
    }
    return out.toByteArray();
  }

  private static String partner(DistributionLineView l) {
    return names(l.partnerName(), l.partnerNameZh());
  }

  private static String names(String en, String zh) {
    return zh == null || zh.isBlank() || zh.equals(en) ? en : en + "\n" + zh;
  }

  private static void header(PdfPTable table, Font font, String... labels) {
    for (String label : labels) {
      PdfPCell cell = new PdfPCell(new Paragraph(label, font));
      cell.setBackgroundColor(new Color(0xee, 0xf1, 0xf5));
      cell.setPadding(4);
      table.addCell(cell);
    }
  }

  private static void cells(PdfPTable table, Font font, String... values) {
    for (int i = 0; i < values.length; i++) {
      PdfPCell cell = new PdfPCell(new Paragraph(values[i], font));
      cell.setPadding(4);
      if (i >= values.length - 2) {
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
      }
      table.addCell(cell);
    }
  }

  private static Paragraph paragraph(String text, Font font, float after) {
    Paragraph p = new Paragraph(text, font);
    p.setSpacingAfter(after);
    return p;
  }
}
