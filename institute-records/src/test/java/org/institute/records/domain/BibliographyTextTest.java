package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BibliographyTextTest {

  private static final String TEXT = "固态电解质 Müller";

  @Test
  void utf8WithoutMarkIsRead() {
    assertThat(BibliographyText.decode(TEXT.getBytes(StandardCharsets.UTF_8))).isEqualTo(TEXT);
  }

  @Test
  void theUtf8MarkIsDropped() {
    byte[] body = TEXT.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);

    assertThat(BibliographyText.decode(bytes)).isEqualTo(TEXT);
  }

  @Test
  void utf16MarksChooseTheByteOrder() {
    assertThat(BibliographyText.decode(withMark(0xFE, 0xFF, StandardCharsets.UTF_16BE)))
        .isEqualTo(TEXT);
    assertThat(BibliographyText.decode(withMark(0xFF, 0xFE, StandardCharsets.UTF_16LE)))
        .isEqualTo(TEXT);
  }

  @Test
  void bytesThatAreNotUtf8RefuseTheFile() {
    byte[] latin1 = "Müller".getBytes(StandardCharsets.ISO_8859_1);

    assertThatThrownBy(() -> BibliographyText.decode(latin1))
        .isInstanceOf(BibliographyException.class)
        .extracting(e -> ((BibliographyException) e).messageKey())
        .isEqualTo(BibliographyText.ENCODING);
  }

  @Test
  void shortAndEmptyInputsAreText() {
    assertThat(BibliographyText.decode(new byte[0])).isEmpty();
    assertThat(BibliographyText.decode(new byte[] {'a'})).isEqualTo("a");
    assertThat(BibliographyText.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
        .isEmpty();
  }

  private static byte[] withMark(int first, int second, java.nio.charset.Charset charset) {
    byte[] body = TEXT.getBytes(charset);
    byte[] bytes = new byte[body.length + 2];
    bytes[0] = (byte) first;
    bytes[1] = (byte) second;
    System.arraycopy(body, 0, bytes, 2, body.length);
    return bytes;
  }
}
