package org.institute.talent.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.institute.core.infrastructure.CjkPdfFonts;
import org.institute.talent.domain.CertificateContent;
import org.junit.jupiter.api.Test;

class CertificateRendererTest {

  private static final String URL =
      "https://institute.example.org/verify/ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private static byte[] render(String holderZh) {
    return render(holderZh, null);
  }

  private static byte[] render(String holderZh, String cohortZh) {
    return new OpenPdfCertificateRenderer(new CjkPdfFonts())
        .render(
            new CertificateContent(
                "Tan Mei Ling",
                holderZh,
                "MiniMasters in Technopreneurship",
                "科技创业微硕士",
                "2026 intake",
                cohortZh,
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 30),
                List.of("Nanyang Technological University"),
                List.of("新加坡南洋理工大学"),
                LocalDate.of(2026, 7, 1),
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
                URL));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  @Test
  void theCertificatePrintsTheHoldersChineseNameAndTheChineseTextsWithTheShippedFont()
      throws IOException {
    byte[] pdf = render("陈美玲");

    String text = text(pdf);
    assertThat(text)
        .contains("Tan Mei Ling", "陈美玲", "结业证书", "兹证明", "科技创业微硕士")
        .contains("颁发机构：新加坡南洋理工大学", "2026年3月2日至2026年6月30日")
        .contains("2 March 2026 – 30 June 2026")
        .doesNotContain("?", "\uFFFD");
    // one embedded subset of the font: kilobytes, not the font's 10.5 MB
    assertThat(pdf.length).isLessThan(100_000);
  }

  @Test
  void theChineseLinesNameTheCohortInChineseWhereStoredAndInEnglishOtherwise() throws IOException {
    assertThat(text(render("陈美玲", "2026年春季班")))
        .contains("2026 intake: 2 March 2026", "2026年春季班：2026年3月2日至2026年6月30日");
    assertThat(text(render("陈美玲"))).contains("2026 intake：2026年3月2日至2026年6月30日");
  }

  @Test
  void theVerificationLinkIsPrintedUnderTheQrCode() throws IOException {
    assertThat(text(render(null))).contains("验证码", URL).doesNotContain("\uFFFD");
  }
}
