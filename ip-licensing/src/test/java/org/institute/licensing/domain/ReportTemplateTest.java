package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.institute.licensing.UploadPreview;
import org.junit.jupiter.api.Test;

class ReportTemplateTest {

  private static final List<String> HEADER =
      List.of("product", "territory", "units", "grossSales", "deductions");

  @Test
  void goodRowsAreReadAndABadRowIsRefusedWithItsReasons() {
    UploadPreview preview =
        ReportTemplate.read(
            List.of(
                HEADER,
                List.of("Sepsis biosensor", "Guangdong", "1200", "100,000.00", "4000"),
                List.of("Sepsis biosensor", "Hong Kong", "-3", "500.00", "600.00"),
                List.of("", "", "", "", ""),
                List.of("Reader", "Fujian", "10", "abc", "")));

    assertThat(preview.refused()).isNull();
    assertThat(preview.accepted())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.product()).isEqualTo("Sepsis biosensor");
              assertThat(l.units()).isEqualTo(1200L);
              assertThat(l.grossSales()).isEqualByComparingTo("100000.00");
              assertThat(l.netSales()).isEqualByComparingTo("96000.00");
            });
    assertThat(preview.refusedRows()).extracting(UploadPreview.Row::row).containsExactly(3, 5);
    assertThat(preview.refusedRows().get(0).problems())
        .containsExactly(
            "units:licensing.royaltyReport.units.negative",
            "deductions:licensing.royaltyReport.deductions.exceedGross");
    assertThat(preview.refusedRows().get(1).problems()).containsExactly("grossSales:field.number");
  }

  @Test
  void theColumnsMayComeInAnyOrderAndDeductionsMayBeLeftOut() {
    UploadPreview preview =
        ReportTemplate.read(
            List.of(
                List.of("Units", "GROSSSALES", "Territory", "Product"),
                List.of("5", "10.50", "Guangdong", "Kit")));

    assertThat(preview.accepted())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.units()).isEqualTo(5L);
              assertThat(l.deductions()).isNull();
            });
  }

  @Test
  void aFileWithoutTheHeaderIsRefusedAsAWhole() {
    assertThat(ReportTemplate.read(List.of(List.of("Kit", "Guangdong", "1", "2"))).refused())
        .isEqualTo("licensing.royaltyReport.upload.header");
    assertThat(ReportTemplate.read(List.of()).refused())
        .isEqualTo("licensing.royaltyReport.upload.empty");
  }

  @Test
  void aMissingProductOrAmountIsNamed() {
    UploadPreview preview =
        ReportTemplate.read(List.of(HEADER, List.of("", "Guangdong", "1", "", "")));

    assertThat(preview.refusedRows().get(0).problems())
        .containsExactly("product:field.required", "grossSales:field.required");
  }
}
