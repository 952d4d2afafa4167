package org.institute.demo.application;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.institute.licensing.DealAction;
import org.institute.licensing.LicensingImport.Step;
import org.institute.partners.PartnerDirectory;

/** The small pieces every licensing demo loader builds its history from. */
final class LicensingDemoSteps {
  private LicensingDemoSteps() {}

  static Step step(DealAction action, String user, String date, String comment) {
    return Step.of(action, user, at(date), comment);
  }

  static Step execute(String user, String date) {
    return new Step(
        DealAction.EXECUTE,
        user,
        at(date),
        "Signed by both parties.",
        LocalDate.parse(date),
        pdf(date));
  }

  static Instant at(String date) {
    return Instant.parse(date + "T02:00:00Z");
  }

  /** A small but well-formed PDF standing in for the signed agreement. */
  static byte[] pdf(String label) {
    String text = "Licence agreement signed " + label;
    String stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
    String pdf =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
            + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
            + "4 0 obj<</Length "
            + stream.length()
            + ">>stream\n"
            + stream
            + "\nendstream endobj\n"
            + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.ISO_8859_1);
  }

  static long partner(PartnerDirectory partners, String code) {
    return partners
        .findByCode(code)
        .orElseThrow(() -> new IllegalStateException("no partner " + code))
        .id()
        .value();
  }
}
