package org.institute.web.reports;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The font of the reports: a CJK font embedded as a subset, found as the certificates find theirs
 * (decision 0021): {@code institute.report.font}, else {@code institute.certificate.font}, else the
 * usual Debian locations. Without one, reports are printed with Latin text only.
 */
@ApplicationScoped
public class ReportFont {

  private static final Logger LOG = Logger.getLogger(ReportFont.class.getName());

  static final List<String> KNOWN_FONTS =
      List.of(
          "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
          "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
          "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
          "/usr/share/fonts/truetype/arphic/uming.ttc");

  @Inject
  @ConfigProperty(name = "institute.report.font")
  Optional<String> reportFont;

  @Inject
  @ConfigProperty(name = "institute.certificate.font")
  Optional<String> certificateFont;

  /** Where to look when nothing is configured; tests replace it. */
  List<String> knownFonts = KNOWN_FONTS;

  private volatile BaseFont font;
  private volatile boolean cjk;

  public ReportFont() {}

  /** For tests: a font file to try first (or none). */
  ReportFont(Optional<String> font) {
    this.reportFont = font;
    this.certificateFont = Optional.empty();
  }

  /** Whether Chinese text can be printed. */
  public boolean printsChinese() {
    base();
    return cjk;
  }

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

  private BaseFont load() {
    List<String> candidates = new ArrayList<>();
    reportFont.filter(s -> !s.isBlank()).ifPresent(candidates::add);
    certificateFont.filter(s -> !s.isBlank()).ifPresent(candidates::add);
    candidates.addAll(knownFonts);
    for (String path : candidates) {
      if (Files.isReadable(Path.of(path))) {
        try {
          String spec = path.toLowerCase().endsWith(".ttc") ? path + ",0" : path;
          BaseFont loaded = BaseFont.createFont(spec, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
          cjk = true;
          LOG.info(() -> "reports use the font " + path);
          return loaded;
        } catch (DocumentException | IOException e) {
          LOG.warning(() -> "cannot use the font " + path + ": " + e.getMessage());
        }
      }
    }
    LOG.warning("no CJK font found (set institute.report.font); reports show Latin text only");
    try {
      cjk = false;
      return BaseFont.createFont(BaseFont.HELVETICA, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("the built-in Helvetica is missing", e);
    }
  }
}
