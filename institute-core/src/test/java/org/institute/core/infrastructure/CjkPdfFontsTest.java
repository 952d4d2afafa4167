package org.institute.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class CjkPdfFontsTest {

  private static final String TEXT = "Tan Mei Ling 陈美玲 · 华南理工大学 2026–2027 “结业证书”";

  private static byte[] print(String text) {
    CjkPdfFonts fonts = new CjkPdfFonts();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document();
    PdfWriter.getInstance(document, out);
    document.open();
    document.add(new Paragraph(text, new Font(fonts.base(), 12)));
    document.close();
    return out.toByteArray();
  }

  @Test
  void theShippedFontPrintsChineseThatReadsBackWithoutReplacementCharacters() throws IOException {
    byte[] pdf = print(TEXT);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).strip();
      assertThat(text).isEqualTo(TEXT).doesNotContain("?", "\uFFFD");
    }
  }

  @Test
  void onlyTheGlyphsUsedAreEmbeddedAsASubset() throws IOException {
    byte[] pdf = print(TEXT);

    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDPage page = document.getPage(0);
      PDFont font =
          page.getResources().getFont(page.getResources().getFontNames().iterator().next());
      assertThat(font.isEmbedded()).isTrue();
      // a subset's name starts with six capitals and a plus sign
      assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-Regular");
    }
    // the font file is 10.5 MB; a page of a few glyphs carries only those
    assertThat(pdf.length).isLessThan(40_000);
  }

  @Test
  void theFontsLicenceShipsBesideIt() throws IOException {
    try (InputStream in =
        CjkPdfFonts.class.getClassLoader().getResourceAsStream("fonts/noto-sans-sc/OFL.txt")) {
      assertThat(in).isNotNull();
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .contains("SIL OPEN FONT LICENSE Version 1.1");
    }
  }
}
