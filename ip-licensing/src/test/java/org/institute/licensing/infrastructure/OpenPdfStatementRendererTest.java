package org.institute.licensing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.institute.core.infrastructure.CjkPdfFonts;
import org.institute.licensing.DistributionLineView;
import org.institute.licensing.DistributionStep;
import org.junit.jupiter.api.Test;

class OpenPdfStatementRendererTest {

  private static DistributionLineView line(
      int n, DistributionStep step, String partner, String partnerZh, String inventor, String sgd) {
    return new DistributionLineView(
        7,
        3,
        LocalDate.of(2026, 11, 2),
        "SGD",
        n,
        step,
        11,
        "SSIJRI-2015-001",
        step == DistributionStep.INVENTOR || partner.startsWith("Nanyang") ? 1 : 2,
        partner,
        partnerZh,
        inventor,
        null,
        inventor == null ? null : new BigDecimal("40"),
        step == DistributionStep.COST_RECOVERY ? null : 1L,
        new BigDecimal(sgd),
        new BigDecimal(sgd),
        new BigDecimal(sgd).multiply(new BigDecimal("5.3")).setScale(2));
  }

  @Test
  void aStatementPrintsItsTotalsAndLinesInEnglishAndChinese() throws IOException {
    byte[] pdf =
        new OpenPdfStatementRenderer(new CjkPdfFonts())
            .render(
                List.of("Deal / 交易: #3"),
                List.of(
                    line(
                        1,
                        DistributionStep.COST_RECOVERY,
                        "Nanyang Technological University",
                        "南洋理工大学",
                        null,
                        "2000.00"),
                    line(
                        2,
                        DistributionStep.INSTITUTION,
                        "South China University of Technology",
                        "华南理工大学",
                        null,
                        "960.00"),
                    line(
                        3,
                        DistributionStep.INVENTOR,
                        "Nanyang Technological University",
                        "南洋理工大学",
                        "Chen Xiaofeng (陈晓峰)",
                        "1600.00")));

    String text;
    try (PDDocument document = Loader.loadPDF(pdf)) {
      text = new PDFTextStripper().getText(document);
    }
    assertThat(text)
        .contains(
            "Distribution statement / 收益分配明细",
            "Deal / 交易: #3",
            "Costs repaid / 偿还费用",
            "华南理工大学",
            "Chen Xiaofeng (陈晓峰)",
            "(40%)",
            "SGD 4,560.00",
            "CNY 24,168.00");
  }
}
