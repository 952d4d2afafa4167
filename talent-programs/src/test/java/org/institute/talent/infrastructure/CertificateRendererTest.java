package org.institute.talent.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.infrastructure.CjkPdfFonts;
import org.institute.talent.domain.CertificateContent;
import org.junit.jupiter.api.Test;

class CertificateRendererTest {

  @Test
  void rendersAPdfWithTheCodeAndEmbedsTheCjkFontWhenOneIsAvailable() {
    OpenPdfCertificateRenderer renderer =
        new OpenPdfCertificateRenderer(new CjkPdfFonts(CjkPdfFonts.KNOWN_FONTS));
    byte[] pdf =
        renderer.render(
            new CertificateContent(
                "Tan Mei Ling",
                "陈美玲",
                "MiniMasters in Technopreneurship",
                "科技创业微硕士",
                "2026 intake",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 6, 30),
                List.of("Nanyang Technological University"),
                List.of("新加坡南洋理工大学"),
                LocalDate.of(2026, 7, 1),
                "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
                "http://localhost:8080/verify/ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));

    String text = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-").contains("%%EOF");
    if (renderer.rendersChinese()) {
      assertThat(text).contains("/FontFile2");
    }
  }
}
