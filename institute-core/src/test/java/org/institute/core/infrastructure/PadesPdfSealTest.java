package org.institute.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.institute.core.PdfSeal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PadesPdfSealTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-05T08:00:00Z"), ZoneOffset.UTC);
  private static final byte[] CREDENTIAL =
      "eyJhbGciOiJFZERTQSJ9.eyJ0eXBlIjoiT3BlbkJhZGdlQ3JlZGVudGlhbCJ9.c2ln"
          .getBytes(StandardCharsets.US_ASCII);

  @TempDir Path folder;

  private PadesPdfSeal seal() {
    return new PadesPdfSeal(folder.resolve("pdf-signing.p12"), "Joint Research Institute", CLOCK);
  }

  private byte[] sealed() throws IOException {
    return seal()
        .seal(
            onePage(),
            "Certificate ABCD-1234 issued",
            List.of(
                new PdfSeal.Attachment(
                    "credential.jwt", "application/vc+jwt", "Open Badges 3.0", CREDENTIAL)));
  }

  @Test
  void theSignatureIsPadesOverEveryByteButItsOwn() throws Exception {
    byte[] pdf = sealed();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<PDSignature> signatures = document.getSignatureDictionaries();
      assertThat(signatures).hasSize(1);
      PDSignature signature = signatures.get(0);
      assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
      assertThat(signature.getName()).isEqualTo("Joint Research Institute");
      assertThat(signature.getReason()).isEqualTo("Certificate ABCD-1234 issued");
      assertThat(signature.getSignDate().toInstant()).isEqualTo(CLOCK.instant());
      int[] range = signature.getByteRange();
      assertThat(range[0]).isZero();
      assertThat(range[2] + range[3]).as("the range reaches the end").isEqualTo(pdf.length);

      SignerInformation signer =
          verify(signature.getContents(pdf), signature.getSignedContent(pdf));
      assertThat(signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2))
          .as("PAdES names the signing certificate in a signed attribute")
          .isNotNull();
      assertThat(signer.getSignedAttributes().get(CMSAttributes.signingTime))
          .as("and leaves the time to the signature dictionary")
          .isNull();
    }
  }

  @Test
  void oneChangedByteBreaksTheSignature() throws Exception {
    byte[] pdf = sealed();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDSignature signature = document.getSignatureDictionaries().get(0);
      byte[] tampered = pdf.clone();
      tampered[signature.getByteRange()[1] / 2] ^= 0x01;
      CMSSignedData cms =
          new CMSSignedData(
              new CMSProcessableByteArray(signature.getSignedContent(tampered)),
              new ByteArrayInputStream(signature.getContents(tampered)));
      SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
      X509CertificateHolder certificate = certificateOf(cms, signer);
      boolean valid;
      try {
        valid = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
      } catch (org.bouncycastle.cms.CMSSignerDigestMismatchException e) {
        valid = false;
      }
      assertThat(valid).isFalse();
    }
  }

  @Test
  void theCredentialTravelsInsideAsAnAttachment() throws Exception {
    try (PDDocument document = Loader.loadPDF(sealed())) {
      PDComplexFileSpecification file =
          document
              .getDocumentCatalog()
              .getNames()
              .getEmbeddedFiles()
              .getNames()
              .get("credential.jwt");
      assertThat(file.getFileDescription()).isEqualTo("Open Badges 3.0");
      assertThat(file.getEmbeddedFile().getSubtype()).isEqualTo("application/vc+jwt");
      assertThat(file.getEmbeddedFile().toByteArray()).isEqualTo(CREDENTIAL);
    }
  }

  @Test
  void theKeyIsMadeOnceAndKeptInTheDataFolder() throws Exception {
    PadesPdfSeal first = seal();
    var certificate = first.certificate();
    assertThat(Files.exists(folder.resolve("pdf-signing.p12"))).isTrue();
    assertThat(Files.getPosixFilePermissions(folder.resolve("pdf-signing.p12")))
        .extracting(Object::toString)
        .containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    assertThat(seal().certificate()).as("a restart reads the same key").isEqualTo(certificate);
    assertThat(certificate.getSubjectX500Principal().getName())
        .contains("CN=Joint Research Institute");
    certificate.checkValidity(java.util.Date.from(CLOCK.instant()));
  }

  /** Poppler's pdfsig, an implementation of its own (NSS), where the machine has it. */
  @Test
  void popplerSaysTheSignatureIsValidAndTheDocumentWhole() throws Exception {
    Path pdfsig = Path.of("/usr/bin/pdfsig");
    assumeThat(Files.isExecutable(pdfsig)).as(".ci/setup installs poppler-utils").isTrue();
    byte[] pdf = sealed();
    Path file = folder.resolve("sealed.pdf");
    Files.write(file, pdf);
    String report = run(pdfsig.toString(), file.toString());
    assertThat(report).contains("Signature is Valid").contains("Total document signed");

    try (PDDocument document = Loader.loadPDF(pdf)) {
      // a byte of the page's objects, inside the signed range
      pdf[document.getSignatureDictionaries().get(0).getByteRange()[1] / 2] ^= 0x01;
    }
    Files.write(file, pdf);
    assertThat(run(pdfsig.toString(), file.toString())).doesNotContain("Signature is Valid");
  }

  private static String run(String... command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }

  private static SignerInformation verify(byte[] contents, byte[] signedContent) throws Exception {
    // the signature's room in the file is padded with zeros after the CMS structure
    CMSSignedData cms =
        new CMSSignedData(
            new CMSProcessableByteArray(signedContent), new ByteArrayInputStream(contents));
    SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
    assertThat(
            signer.verify(
                new JcaSimpleSignerInfoVerifierBuilder().build(certificateOf(cms, signer))))
        .isTrue();
    return signer;
  }

  @SuppressWarnings("unchecked")
  private static X509CertificateHolder certificateOf(CMSSignedData cms, SignerInformation signer) {
    return (X509CertificateHolder)
        cms.getCertificates().getMatches(signer.getSID()).iterator().next();
  }

  private static byte[] onePage() throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }
}
