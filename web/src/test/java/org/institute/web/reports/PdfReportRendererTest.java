package org.institute.web.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.institute.core.PdfFonts;
import org.institute.core.infrastructure.CjkPdfFonts;
import org.institute.reporting.AnnualReport;
import org.institute.reporting.ReportSection;
import org.junit.jupiter.api.Test;

class PdfReportRendererTest {

  private static AnnualReport report() {
    return new AnnualReport(
        2020,
        Instant.parse("2021-01-15T08:00:00Z"),
        List.of(
            new ReportSection(
                "kpis",
                "Key performance indicators",
                "关键绩效指标",
                List.of(
                    new ReportSection.Table(
                        "KPIs",
                        "关键绩效指标",
                        List.of("Code", "KPI", "Target", "Actual"),
                        List.of("代码", "指标", "目标", "实际"),
                        List.of(
                            Arrays.asList(
                                "LICENCE_VALUE_2015_2020", "Licence value", 1_700_000L, 1_700_000L),
                            Arrays.asList(
                                "PATENTS_2025", "New patent applications by 2025", 100L, null))),
                    new ReportSection.Chart(
                        "Progress against targets",
                        "目标完成进度",
                        List.of(
                            new ReportSection.Bar(
                                "Licence value",
                                1_700_000,
                                1_700_000,
                                "1,700,000 / 1,700,000 (100%)"))),
                    new ReportSection.Note("Computed now.", "即时计算。"))),
            new ReportSection(
                "licensing",
                "IP licensing",
                "知识产权许可",
                List.of(
                    new ReportSection.Table(
                        "Licences signed in 2020",
                        "2020年签署的许可",
                        List.of("Deal", "Signed", "Value", "Currency"),
                        List.of("许可交易", "签署日期", "金额", "币种"),
                        List.<List<Object>>of(
                            Arrays.asList(
                                "Battery licence",
                                LocalDate.of(2020, 6, 1),
                                new BigDecimal("340000.00"),
                                "SGD")))))));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      return stripper.getText(document);
    }
  }

  static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  @Test
  void theReportIsPrintedWithBilingualHeadingsTablesAndAChart() throws IOException {
    PdfFonts font = new CjkPdfFonts(CjkPdfFonts.KNOWN_FONTS);
    assumeTrue(font.printsChinese(), "no CJK font on this machine (fonts-wqy-zenhei)");
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new PdfReportRenderer(font).render(report(), out);

    String text = text(out.toByteArray());
    // text extraction may split a word where glyph runs meet: compare without white space
    assertThat(squeezed(text))
        .contains("AnnualReport2020totheGoverningCouncil", "2020年度理事会报告")
        .contains("Keyperformanceindicators", "关键绩效指标", "IPlicensing", "知识产权许可")
        .contains("Progressagainsttargets/目标完成进度", "1,700,000/1,700,000(100%)")
        .contains("Computednow./即时计算。")
        .contains("340,000.00", "2020-06-01");
    String kpiLine =
        text.lines().filter(l -> l.contains("LICENCE_VALUE_2015_2020")).findFirst().orElseThrow();
    assertThat(kpiLine.split("\\s+")).contains("1,700,000");
  }

  @Test
  void withoutACjkFontTheReportIsPrintedInLatinTextOnly() throws IOException {
    PdfFonts latin = new CjkPdfFonts(List.of("/nonexistent.ttf"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    new PdfReportRenderer(latin).render(report(), out);

    String text = text(out.toByteArray());
    assertThat(squeezed(text)).contains("AnnualReport2020", "IPlicensing").doesNotContain("知识产权许可");
  }
}
