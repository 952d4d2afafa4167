package org.institute.talent.infrastructure;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.institute.core.BilingualText;
import org.institute.core.PdfFonts;
import org.institute.talent.domain.CertificateContent;
import org.institute.talent.domain.CertificateRenderer;

/**
 * Renders certificates with OpenPDF, with a QR code drawn as vector squares from ZXing's matrix.
 * Latin and Chinese text print in the font the core ships ({@link PdfFonts}), embedded as a subset
 * (docs/decisions/0021-certificate-font.md, 0080); the holder's Chinese name, when stored, stands
 * under the Latin one.
 */
@ApplicationScoped
public class OpenPdfCertificateRenderer implements CertificateRenderer {

  private static final DateTimeFormatter EN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH);
  private static final DateTimeFormatter ZH = DateTimeFormatter.ofPattern("yyyy年M月d日");

  @Inject PdfFonts fonts;

  public OpenPdfCertificateRenderer() {}

  /** For tests: a renderer with the given fonts. */
  public OpenPdfCertificateRenderer(PdfFonts fonts) {
    this.fonts = fonts;
  }

  @Override
  public byte[] render(CertificateContent c) {
    BaseFont base = fonts.base();
    Font title = new Font(base, 26, Font.NORMAL, new Color(0x1f, 0x3a, 0x5f));
    Font large = new Font(base, 20);
    Font normal = new Font(base, 12);
    Font small = new Font(base, 9, Font.NORMAL, Color.DARK_GRAY);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4.rotate(), 54, 54, 48, 48);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      document.addTitle("Certificate " + c.code());
      document.open();
      add(document, "Certificate of Completion", title, 6);
      add(document, "结业证书", title, 18);
      add(document, "This certifies that / 兹证明", normal, 10);
      add(document, c.holderLatin(), large, 2);
      if (c.holderZh() != null) {
        add(document, c.holderZh(), large, 2);
      }
      add(document, "has completed / 已完成", normal, 10);
      add(document, c.programmeEn(), large, 2);
      if (c.programmeZh() != null) {
        add(document, c.programmeZh(), large, 2);
      }
      add(
          document,
          c.cohortName() + ": " + EN.format(c.startsOn()) + " – " + EN.format(c.endsOn()),
          normal,
          2);
      add(
          document,
          BilingualText.in(c.cohortName(), c.cohortNameZh(), Locale.SIMPLIFIED_CHINESE)
              + "："
              + ZH.format(c.startsOn())
              + "至"
              + ZH.format(c.endsOn()),
          normal,
          14);
      add(document, "Issued by " + String.join(", ", c.issuersEn()), normal, 2);
      add(document, "颁发机构：" + String.join("、", c.issuersZh()), normal, 2);
      add(
          document,
          "Date of issue " + EN.format(c.issuedOn()) + " · 颁发日期 " + ZH.format(c.issuedOn()),
          normal,
          14);
      add(document, "Verification code / 验证码: " + c.code(), small, 2);
      add(document, c.verificationUrl(), small, 2);
      drawQr(
          writer.getDirectContent(),
          c.verificationUrl(),
          document.right() - 110,
          document.bottom(),
          110);
      document.close();
    } catch (DocumentException e) {
      throw new IllegalStateException("cannot render certificate " + c.code(), e);
    }
    return out.toByteArray();
  }

  private static void add(Document d, String text, Font font, float after)
      throws DocumentException {
    if (text == null || text.isBlank()) {
      return;
    }
    Paragraph p = new Paragraph(text, font);
    p.setAlignment(Element.ALIGN_CENTER);
    p.setSpacingAfter(after);
    d.add(p);
  }

  /**
   * Draws the QR code of {@code text} as filled squares: sharp at any zoom, no image codec needed.
   */
  static void drawQr(PdfContentByte canvas, String text, float x, float y, float size) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  com.google.zxing.BarcodeFormat.QR_CODE,
                  0,
                  0,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      2));
    } catch (WriterException e) {
      throw new IllegalStateException("cannot encode the QR code", e);
    }
    int modules = matrix.getWidth();
    float cell = size / modules;
    canvas.saveState();
    canvas.setColorFill(Color.BLACK);
    for (int row = 0; row < modules; row++) {
      for (int col = 0; col < modules; col++) {
        if (matrix.get(col, row)) {
          canvas.rectangle(x + col * cell, y + size - (row + 1) * cell, cell, cell);
        }
      }
    }
    canvas.fill();
    canvas.restoreState();
  }
}
