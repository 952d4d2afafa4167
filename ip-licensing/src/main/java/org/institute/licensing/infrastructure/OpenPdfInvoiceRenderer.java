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
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.institute.core.PdfFonts;
import org.institute.licensing.InvoiceKind;
import org.institute.licensing.InvoiceView;
import org.institute.licensing.domain.InvoiceRenderer;

/**
 * Prints invoices and credit notes with OpenPDF, every label in English and Chinese, in the font
 * the core ships ({@link PdfFonts}: Noto Sans SC, embedded as a subset), so the licensee's Chinese
 * name and the deal's Chinese title print too. The amount stands in the deal's currency with its
 * SGD and CNY values at the rate of the issue date.
 */
@ApplicationScoped
public class OpenPdfInvoiceRenderer implements InvoiceRenderer {

  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);
  private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");

  @Inject PdfFonts fonts;

  public OpenPdfInvoiceRenderer() {}

  /** For tests: a renderer with the given fonts. */
  public OpenPdfInvoiceRenderer(PdfFonts fonts) {
    this.fonts = fonts;
  }

  @Override
  public byte[] render(InvoiceView v) {
    BaseFont base = fonts.base();
    Font title = new Font(base, 20, Font.NORMAL, new Color(0x1f, 0x3a, 0x5f));
    Font normal = new Font(base, 10);
    Font bold = new Font(base, 11, Font.BOLD);
    Font small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
    boolean credit = v.kind() == InvoiceKind.CREDIT_NOTE;
    boolean interest = v.kind() == InvoiceKind.INTEREST;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 54, 54, 54, 54);
    try {
      PdfWriter.getInstance(document, out);
      document.addTitle(
          (credit ? "Credit note " : interest ? "Interest invoice " : "Invoice ") + v.number());
      document.open();
      document.add(
          paragraph(
              credit
                  ? "Credit Note / 贷记通知单"
                  : interest ? "Interest Invoice / 利息发票" : "Invoice / 发票",
              title,
              4));
      document.add(
          paragraph(
              "Sino-Singapore International Joint Research Institute / 中新国际联合研究院", normal, 14));
      PdfPTable head = new PdfPTable(new float[] {2.2f, 3f});
      head.setWidthPercentage(100);
      row(head, "Number / 编号", v.number(), normal);
      row(head, "Issue date / 开具日期", dates(v.issueDate()), normal);
      if (!credit) {
        row(head, "Due date / 付款截止日期", dates(v.dueDate()), normal);
      } else if (v.creditsInvoiceNumber() != null) {
        row(head, "Credits invoice / 冲减发票", v.creditsInvoiceNumber(), normal);
      }
      if (interest) {
        row(head, "Interest on invoice / 计息发票", v.interestOnInvoiceNumber(), normal);
        row(head, "Interest up to / 计息截止日期", dates(v.interestTo()), normal);
      }
      row(head, "Licensee / 被许可方", names(v.licenseeName(), v.licenseeNameZh()), normal);
      row(head, "Licence / 许可协议", names(v.dealTitle(), v.dealTitleZh()), normal);
      row(
          head,
          "Period / 报告期",
          "Licence year "
              + v.licenceYear()
              + " Q"
              + v.quarter()
              + ": "
              + EN.format(v.periodStart())
              + " – "
              + EN.format(v.periodEnd())
              + "\n许可年度第"
              + v.licenceYear()
              + "年第"
              + v.quarter()
              + "季度："
              + ZH.format(v.periodStart())
              + "至"
              + ZH.format(v.periodEnd()),
          normal);
      row(head, "Royalty report / 特许权使用费报告", "#" + v.reportId() + " v" + v.reportVersion(), normal);
      document.add(head);
      document.add(paragraph(" ", normal, 6));
      PdfPTable amounts = new PdfPTable(new float[] {3.2f, 2f});
      amounts.setWidthPercentage(100);
      if (interest) {
        row(
            amounts,
            "Late-payment interest at "
                + v.lateInterestPercent().stripTrailingZeros().toPlainString()
                + "% a year, simple, on what was outstanding each day past the due date, not"
                + " charged before / 逾期付款利息（年利率"
                + v.lateInterestPercent().stripTrailingZeros().toPlainString()
                + "%，单利，按逾期每日未付金额计算，不含此前已开具的利息）",
            money(v.currency(), v.amount()),
            normal);
      } else {
        row(amounts, "Net sales / 净销售额", money(v.currency(), v.netSales()), normal);
        row(amounts, "Royalty / 特许权使用费", money(v.currency(), v.royalty()), normal);
        row(amounts, "Annual minimum true-up / 年度最低额补足", money(v.currency(), v.trueUp()), normal);
      }
      row(
          amounts,
          credit ? "Total credited / 冲减合计" : "Total due / 应付合计",
          money(v.currency(), v.amount()),
          bold);
      row(amounts, "Equivalent in SGD / 折合新加坡元", money("SGD", v.amountSgd()), normal);
      row(amounts, "Equivalent in CNY / 折合人民币", money("CNY", v.amountCny()), normal);
      document.add(amounts);
      document.add(
          paragraph(
              "Rate / 汇率: 1 SGD = "
                  + v.sgdToCnyRate().stripTrailingZeros().toPlainString()
                  + " CNY ("
                  + v.rateDate()
                  + ")",
              small,
              12));
      if (!credit) {
        document.add(
            paragraph(
                "Please pay by "
                    + EN.format(v.dueDate())
                    + ", quoting "
                    + v.number()
                    + ". / 请于"
                    + ZH.format(v.dueDate())
                    + "前付款，并注明"
                    + v.number()
                    + "。",
                normal,
                6));
      }
      document.add(
          paragraph(
              "Sealed by the institute: any change after issue breaks the signature. / "
                  + "本文件经研究院电子签章，签发后的任何改动都会使签名失效。",
              small,
              0));
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot render invoice " + v.number(), e);
    }
    return out.toByteArray();
  }

  private static String dates(LocalDate d) {
    return EN.format(d) + " / " + ZH.format(d);
  }

  private static String names(String en, String zh) {
    return zh == null || zh.isBlank() || zh.equals(en) ? en : en + "\n" + zh;
  }

  static String money(String currency, BigDecimal amount) {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    return currency + " " + format.format(amount);
  }

  private static Paragraph paragraph(String text, Font font, float after) {
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_LEFT);
    p.setSpacingAfter(after);
    return p;
  }

  private static void row(PdfPTable table, String label, String value, Font font) {
    PdfPCell l = new PdfPCell(new Paragraph(label, font));
    l.setBorderColor(Color.LIGHT_GRAY);
    l.setPadding(4);
    PdfPCell r = new PdfPCell(new Paragraph(value, font));
    r.setBorderColor(Color.LIGHT_GRAY);
    r.setPadding(4);
    table.addCell(l);
    table.addCell(r);
  }
}
