package org.institute.core.infrastructure;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.Logger;
import org.institute.core.PdfFonts;

/**
 * Loads the CJK font that ships in this jar (Noto Sans SC Regular, SIL Open Font License, licence
 * text beside it; decision 0080) as an OpenPDF font with Identity-H encoding, embedded as a subset:
 * a PDF carries only the glyphs it prints. No system font is read.
 */
@ApplicationScoped
public class CjkPdfFonts implements PdfFonts {

  private static final Logger LOG = Logger.getLogger(CjkPdfFonts.class.getName());

  /** Where the build puts the font in the jar (institute-core/pom.xml). */
  public static final String SHIPPED_FONT = "fonts/noto-sans-sc/NotoSansSC-Regular.ttf";

  private volatile BaseFont font;

  @Override
  public BaseFont base() {
    if (font == null) {
      synchronized (this) {
        if (font == null) {
          font = load();
        }
      }
    }
    return font;
  }

  private static BaseFont load() {
    try (InputStream in = CjkPdfFonts.class.getClassLoader().getResourceAsStream(SHIPPED_FONT)) {
      if (in == null) {
        throw new IllegalStateException(
            SHIPPED_FONT + " is missing from the class path: build institute-core with Maven");
      }
      byte[] bytes = in.readAllBytes();
      // the name must end in .ttf for OpenPDF to read the bytes as TrueType
      BaseFont loaded =
          BaseFont.createFont(
              "NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes, null);
      LOG.info(() -> "PDFs use the shipped font " + SHIPPED_FONT + " (" + bytes.length + " bytes)");
      return loaded;
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("cannot load the shipped font " + SHIPPED_FONT, e);
    }
  }
}
