package org.institute.core.infrastructure;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.PdfFonts;

/**
 * Finds the CJK font of every PDF: {@code institute.certificate.font}, else {@code
 * institute.report.font}, else the usual Debian locations (decisions 0021 and 0077). The first
 * readable file that OpenPDF can load wins; without one, PDFs are printed with Latin text only.
 */
@ApplicationScoped
public class CjkPdfFonts implements PdfFonts {

  private static final Logger LOG = Logger.getLogger(CjkPdfFonts.class.getName());

  /** Where Debian and most Linux distributions put a CJK font, tried in this order. */
  public static final List<String> KNOWN_FONTS =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/truetype/arphic/uming.ttc");

  @Inject
  @ConfigProperty(name = "institute.certificate.font")
  Optional<String> certificateFont;

  @Inject
  @ConfigProperty(name = "institute.report.font")
  Optional<String> reportFont;

  private List<String> fixedCandidates;
  private volatile BaseFont font;
  private volatile boolean cjk;

  public CjkPdfFonts() {}

  /** For tests: looks only in these files, in this order. */
  public CjkPdfFonts(List<String> candidates) {
    this.fixedCandidates = List.copyOf(candidates);
  }

  @Override
  public boolean printsChinese() {
    base();
    return cjk;
  }

  @Override
  public BaseFont base() {
    if (font == null) {
      synchronized (this) {
        if (font == null) {
          font = load(candidates());
        }
      }
    }
    return font;
  }

  private List<String> candidates() {
    if (fixedCandidates != null) {
      return fixedCandidates;
    }
    List<String> candidates = new ArrayList<>();
    certificateFont.filter(s -> !s.isBlank()).ifPresent(candidates::add);
    reportFont.filter(s -> !s.isBlank()).ifPresent(candidates::add);
    candidates.addAll(KNOWN_FONTS);
    return candidates;
  }

  private BaseFont load(List<String> candidates) {
    for (String path : candidates) {
      if (Files.isReadable(Path.of(path))) {
        try {
          String spec = path.toLowerCase(Locale.ROOT).endsWith(".ttc") ? path + ",0" : path;
          BaseFont loaded = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
          cjk = true;
          LOG.info(() -> "PDFs use the font " + path);
          return loaded;
        } catch (DocumentException | IOException e) {
          LOG.warning(() -> "cannot use the font " + path + ": " + e.getMessage());
        }
      }
    }
    LOG.warning("no CJK font found (set institute.certificate.font); PDFs show Latin text only");
    try {
      cjk = false;
      return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("the built-in Helvetica is missing", e);
    }
  }
}
