package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PdfContentTest {

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  @Test
  void aMinimalPdfIsRecognised() {
    assertThat(PdfContent.looksLikePdf(bytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer\n%%EOF\n")))
        .isTrue();
  }

  @Test
  void htmlNamedPdfIsRefused() {
    assertThat(PdfContent.looksLikePdf(bytes("<html><script>alert(1)</script></html>%%EOF")))
        .isFalse();
  }

  @Test
  void aPdfHeaderWithoutEndMarkerIsRefused() {
    assertThat(PdfContent.looksLikePdf(bytes("%PDF-1.4\nthis file was cut off in the middle")))
        .isFalse();
  }

  @Test
  void tooShortOrEmptyIsRefused() {
    assertThat(PdfContent.looksLikePdf(new byte[0])).isFalse();
    assertThat(PdfContent.looksLikePdf(null)).isFalse();
  }

  @Test
  void fileNamesLoseTheirPathAndUnsafeCharacters() {
    assertThat(PdfContent.cleanFileName("../../etc/passwd")).isEqualTo("passwd.pdf");
    assertThat(PdfContent.cleanFileName("C:\\docs\\协议 2015.pdf")).isEqualTo("协议 2015.pdf");
    assertThat(PdfContent.cleanFileName("a\"b;c.pdf")).isEqualTo("a_b_c.pdf");
    assertThat(PdfContent.cleanFileName("..")).isEqualTo("document.pdf");
    assertThat(PdfContent.cleanFileName(null)).isEqualTo("document.pdf");
  }
}
