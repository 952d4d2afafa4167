package org.institute.licensing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.institute.core.infrastructure.CjkPdfFonts;
import org.institute.licensing.InvoiceKind;
import org.institute.licensing.InvoiceView;
import org.junit.jupiter.api.Test;

class OpenPdfInvoiceRendererTest {

  private static InvoiceView invoice(InvoiceKind kind, String amount, String sgd, String cny) {
    return new InvoiceView(
        4,
        switch (kind) {
          case INVOICE -> "INV-2026-00007";
          case CREDIT_NOTE -> "CN-2026-00002";
          case INTEREST -> "INT-2026-00001";
        },
        kind,
        3,
        "Rapid diagnostic assay",
        "快速诊断检测",
        9,
        "Guangzhou Huaxin Biomedical",
        "广州华信生物医药",
        12,
        2,
        1,
        3,
        LocalDate.of(2026, 7, 1),
        LocalDate.of(2026, 9, 30),
        LocalDate.of(2026, 11, 2),
        LocalDate.of(2026, 12, 2),
        "CNY",
        new BigDecimal("200000.00"),
        new BigDecimal(amount),
        BigDecimal.ZERO.setScale(2),
        new BigDecimal(amount),
        new BigDecimal(sgd),
        new BigDecimal(cny),
        new BigDecimal("5.29999987"),
        LocalDate.of(2026, 11, 2),
        kind == InvoiceKind.CREDIT_NOTE ? 3L : null,
        kind == InvoiceKind.CREDIT_NOTE ? "INV-2026-00003" : null,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        new BigDecimal(amount),
        BigDecimal.ZERO,
        false,
        kind == InvoiceKind.INTEREST ? new BigDecimal("8.0000") : null,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        BigDecimal.ZERO,
        List.of(),
        kind == InvoiceKind.INTEREST ? 3L : null,
        kind == InvoiceKind.INTEREST ? "INV-2026-00003" : null,
        kind == InvoiceKind.INTEREST ? LocalDate.of(2027, 1, 31) : null,
        List.of(),
        "admin",
        Instant.parse("2026-11-02T02:00:00Z"),
        Set.of());
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void anInvoicePrintsInEnglishAndChineseWithBothCurrencies() throws IOException {
    byte[] pdf =
        new OpenPdfInvoiceRenderer(new CjkPdfFonts())
            .render(invoice(InvoiceKind.INVOICE, "10000.00", "1886.79", "10000.00"));

    String text = text(pdf);
    assertThat(text)
        .contains("Invoice / 发票")
        .contains("INV-2026-00007")
        .contains("广州华信生物医药")
        .contains("快速诊断检测")
        .contains("2 December 2026")
        .contains("2026年12月2日")
        .contains("SGD 1,886.79")
        .contains("CNY 10,000.00")
        .contains("折合新加坡元")
        .contains("折合人民币");
  }

  @Test
  void aCreditNoteNamesTheInvoiceItCredits() throws IOException {
    String text =
        text(
            new OpenPdfInvoiceRenderer(new CjkPdfFonts())
                .render(invoice(InvoiceKind.CREDIT_NOTE, "-2500.00", "-471.70", "-2500.00")));

    assertThat(text)
        .contains("Credit Note / 贷记通知单")
        .contains("INV-2026-00003")
        .contains("CNY -2,500.00")
        .doesNotContain("Due date");
  }

  @Test
  void anInterestInvoiceNamesTheInvoiceItsRateAndTheLastDayOfInterest() throws IOException {
    String text =
        text(
            new OpenPdfInvoiceRenderer(new CjkPdfFonts())
                .render(invoice(InvoiceKind.INTEREST, "131.51", "24.81", "131.51")));

    assertThat(text)
        .contains("Interest Invoice / 利息发票")
        .contains("INT-2026-00001")
        .contains("INV-2026-00003")
        .contains("31 January 2027")
        .contains("2027年1月31日")
        .contains("8% a year")
        .contains("逾期付款利息")
        .contains("CNY 131.51")
        .contains("SGD 24.81")
        .contains("2 December 2026")
        .doesNotContain("Net sales");
  }
}
