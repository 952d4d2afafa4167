package org.institute.web.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.institute.core.infrastructure.CjkPdfFonts;
import org.institute.licensing.DealState;
import org.institute.records.SpaceUse;
import org.institute.reporting.AnnualReport;
import org.institute.reporting.KpiStatus;
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
                        List.of("Code", "KPI", "Period", "Target", "Actual", "Status"),
                        List.of("代码", "指标", "期间", "目标", "实际", "状态"),
                        List.of(
                            Arrays.asList(
                                "LICENCE_VALUE_2015_2020",
                                "Licence value",
                                "2015–2020",
                                1_700_000L,
                                1_700_000L,
                                KpiStatus.ACHIEVED),
                            Arrays.asList(
                                "PATENTS_2025",
                                "New patent applications by 2025",
                                "2026–2027",
                                100L,
                                null,
                                KpiStatus.AT_RISK))),
                    new ReportSection.Chart(
                        "Progress against targets",
                        "目标完成进度",
                        List.of(
                            new ReportSection.Bar(
                                new ReportSection.Text("Licence value", "许可价值"),
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
                        List.of("Deal", "Licensee", "Signed", "Value", "Currency", "State"),
                        List.of("许可交易", "被许可方", "签署日期", "金额", "币种", "状态"),
                        List.<List<Object>>of(
                            Arrays.asList(
                                "Battery licence",
                                "广州储能科技有限公司",
                                LocalDate.of(2020, 6, 1),
                                new BigDecimal("340000.00"),
                                "SGD",
                                DealState.EXECUTED))))),
            new ReportSection(
                "space",
                "Headquarters space and spin-offs",
                "总部空间与衍生企业",
                List.of(
                    new ReportSection.Table(
                        "Space by use",
                        "按用途的空间",
                        List.of("Use", "Area (sqm)"),
                        List.of("用途", "面积（平方米）"),
                        List.of(
                            Arrays.asList(SpaceUse.RD_FACILITY, 12_000),
                            Arrays.asList(
                                new ReportSection.Text("Whole building", "整栋楼"), 23_000))),
                    new ReportSection.Chart(
                        "Allocated area by use",
                        "按用途的已分配面积",
                        List.of(
                            new ReportSection.Bar(
                                SpaceUse.RD_FACILITY, 9_000, 12_000, "9,000 / 12,000 sqm")))))));
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

  private static String print(Locale reader) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfReportRenderer(new CjkPdfFonts()).render(report(), reader, out);
    return text(out.toByteArray());
  }

  @Test
  void theReportIsPrintedWithBilingualHeadingsTablesAndAChart() throws IOException {
    String text = print(Locale.ENGLISH);

    // text extraction may split a word where glyph runs meet: compare without white space
    assertThat(squeezed(text))
        .contains("AnnualReport2020totheGoverningCouncil", "2020年度理事会报告")
        .contains("Keyperformanceindicators", "关键绩效指标", "IPlicensing", "知识产权许可")
        .contains("Progressagainsttargets/目标完成进度", "1,700,000/1,700,000(100%)")
        .contains("Computednow./即时计算。")
        .contains("340,000.00", "2020-06-01", "广州储能科技有限公司");
    String kpiLine =
        text.lines().filter(l -> l.contains("LICENCE_VALUE_2015_2020")).findFirst().orElseThrow();
    assertThat(kpiLine.split("\\s+")).contains("1,700,000", "2015–2020");
  }

  @Test
  void statusesAndUsesArePrintedAsTheEnglishReadersLabelsNeverAsCodes() throws IOException {
    String text = print(Locale.ENGLISH);

    assertThat(text)
        .contains("Achieved", "At risk", "Executed", "R&D facilities", "Whole building")
        .contains("2026–2027", "Licence value")
        .doesNotContain("AT_RISK", "ACHIEVED", "EXECUTED", "RD_FACILITY", "整栋楼", "许可价值")
        .doesNotContain("?", "\uFFFD");
  }

  @Test
  void aChineseReaderGetsTheChineseLabelsAndEveryChineseCharacterPrints() throws IOException {
    String text = print(Locale.SIMPLIFIED_CHINESE);

    assertThat(squeezed(text))
        .contains(
            squeezed(ReportCells.in(Locale.SIMPLIFIED_CHINESE).text(KpiStatus.AT_RISK)),
            squeezed(ReportCells.in(Locale.SIMPLIFIED_CHINESE).text(SpaceUse.RD_FACILITY)),
            squeezed(ReportCells.in(Locale.SIMPLIFIED_CHINESE).text(DealState.EXECUTED)))
        .contains("整栋楼", "许可价值", "2026–2027", "广州储能科技有限公司");
    assertThat(text)
        .doesNotContain("AT_RISK", "RD_FACILITY", "EXECUTED", "Whole building")
        .doesNotContain("?", "\uFFFD");
  }
}
