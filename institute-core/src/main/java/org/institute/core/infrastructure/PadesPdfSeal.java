package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.eclipse.microprofile.config.Config;
import org.institute.core.PdfSeal;

/**
 * Seals PDFs with PDFBox and Bouncy Castle: the attachments go into the document's embedded files,
 * then an incremental update adds a PAdES baseline B signature (sub-filter {@code
 * ETSI.CAdES.detached}: a detached CMS signature over every byte but the signature's own, with the
 * signing certificate named in a signed {@code signing-certificate-v2} attribute and no {@code
 * signing-time}, as ETSI EN 319 142-1 asks; the time is the signature dictionary's).
 *
 * <p>The document signing key (ECDSA P-256) and its self-signed certificate live in a PKCS #12 file
 * readable by the server's user only: {@code institute.pdf.signing.keystore} (environment {@code
 * INSTITUTE_PDF_SIGNING_KEYSTORE}), by default {@code pdf-signing.p12} in the data folder. The
 * first seal creates it; every instance of a cluster needs the same file. Its store password
 * protects nothing (it is in this source): the file's permissions do, as for the credential keys.
 */
@ApplicationScoped
public class PadesPdfSeal implements PdfSeal {

  static final String FILE_NAME = "pdf-signing.p12";
  private static final String ALIAS = "document-signing";
  private static final char[] STORE_PASSWORD = "institute-pdf-signing".toCharArray();
  private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";

  /** Room for the CMS signature in the file: ample for one certificate and an ECDSA signature. */
  private static final int SIGNATURE_SIZE = 16 * 1024;

  private Path file;
  private String signer;
  private Clock clock;
  private Identity identity;

  /** The key that signs and the certificate that names it. */
  public record Identity(PrivateKey key, X509Certificate certificate) {}

  protected PadesPdfSeal() {}

  @Inject
  public PadesPdfSeal(Config config, Clock clock) {
    this(
        config
            .getOptionalValue("institute.pdf.signing.keystore", String.class)
            .map(Path::of)
            .orElseGet(
                () ->
                    Path.of(
                            config
                                .getOptionalValue("institute.data.dir", String.class)
                                .orElse("./data"))
                        .resolve(FILE_NAME)),
        config
            .getOptionalValue("institute.pdf.signing.name", String.class)
            .orElse("Sino-Singapore International Joint Research Institute"),
        clock);
  }

  public PadesPdfSeal(Path file, String signer, Clock clock) {
    this.file = file;
    this.signer = signer;
    this.clock = clock;
  }

  @Override
  public byte[] seal(byte[] pdf, String reason, List<Attachment> attachments) {
    try {
      return sign(attach(pdf, attachments), reason);
    } catch (IOException e) {
      throw new UncheckedIOException("could not seal a PDF", e);
    }
  }

  /** The certificate that names the signing key, created with the key on first use. */
  public X509Certificate certificate() {
    return identity().certificate();
  }

  private static byte[] attach(byte[] pdf, List<Attachment> attachments) throws IOException {
    if (attachments.isEmpty()) {
      return pdf;
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      Map<String, PDComplexFileSpecification> files = new LinkedHashMap<>();
      for (Attachment attachment : attachments) {
        byte[] content = attachment.content();
        PDEmbeddedFile embedded = new PDEmbeddedFile(document, new ByteArrayInputStream(content));
        embedded.setSubtype(attachment.mediaType());
        embedded.setSize(content.length);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(attachment.name());
        spec.setFileUnicode(attachment.name());
        spec.setFileDescription(attachment.description());
        spec.setEmbeddedFile(embedded);
        spec.setEmbeddedFileUnicode(embedded);
        files.put(attachment.name(), spec);
      }
      PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
      tree.setNames(files);
      PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
      if (names == null) {
        names = new PDDocumentNameDictionary(document.getDocumentCatalog());
      }
      names.setEmbeddedFiles(tree);
      document.getDocumentCatalog().setNames(names);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
      document.save(out);
      return out.toByteArray();
    }
  }

  private byte[] sign(byte[] pdf, String reason) throws IOException {
    Identity id = identity();
    try (PDDocument document = Loader.loadPDF(pdf);
        SignatureOptions options = new SignatureOptions()) {
      PDSignature signature = new PDSignature();
      signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
      signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
      signature.setName(signer);
      signature.setReason(reason);
      Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
      when.setTimeInMillis(clock.millis());
      signature.setSignDate(when);
      options.setPreferredSignatureSize(SIGNATURE_SIZE);
      document.addSignature(signature, content -> cms(id, content), options);
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + SIGNATURE_SIZE * 2 + 4096);
      document.saveIncremental(out);
      return out.toByteArray();
    }
  }

  /** The detached CMS signature of PAdES baseline B over the bytes PDFBox hands over. */
  static byte[] cms(Identity id, InputStream content) throws IOException {
    try {
      X509CertificateHolder certificate = new JcaX509CertificateHolder(id.certificate());
      ESSCertIDv2 certId =
          new ESSCertIDv2(
              MessageDigest.getInstance("SHA-256").digest(id.certificate().getEncoded()));
      ASN1EncodableVector wanted = new ASN1EncodableVector();
      wanted.add(
          new Attribute(
              PKCSObjectIdentifiers.id_aa_signingCertificateV2,
              new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {certId}))));
      DefaultSignedAttributeTableGenerator attributes =
          new DefaultSignedAttributeTableGenerator(new AttributeTable(wanted)) {
            @Override
            @SuppressWarnings({"rawtypes", "unchecked"})
            protected Hashtable createStandardAttributeTable(Map parameters) {
              Hashtable table = super.createStandardAttributeTable(parameters);
              table.remove(CMSAttributes.signingTime);
              return table;
            }
          };
      CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
      generator.addSignerInfoGenerator(
          new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
              .setSignedAttributeGenerator(attributes)
              .build(
                  new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(id.key()), certificate));
      generator.addCertificate(certificate);
      return generator
          .generate(new CMSProcessableByteArray(content.readAllBytes()), false)
          .getEncoded();
    } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
      throw new IOException("could not sign", e);
    }
  }

  /** The signing identity: read from the file, or created and written once. */
  synchronized Identity identity() {
    if (identity == null) {
      identity = Files.exists(file) ? read(file) : create();
    }
    return identity;
  }

  private static Identity read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, STORE_PASSWORD);
      return new Identity(
          (PrivateKey) store.getKey(ALIAS, STORE_PASSWORD),
          (X509Certificate) store.getCertificate(ALIAS));
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("cannot read the PDF signing key " + file, e);
    }
  }

  private Identity create() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair pair = generator.generateKeyPair();
      X500Name name =
          new X500NameBuilder(BCStyle.INSTANCE)
              .addRDN(BCStyle.CN, signer)
              .addRDN(BCStyle.O, signer)
              .build();
      Instant now = clock.instant();
      JcaX509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name,
              new BigInteger(64, new SecureRandom()),
              Date.from(now.minus(Duration.ofDays(1))),
              Date.from(now.plus(Duration.ofDays(3650))),
              name,
              pair.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  builder.build(
                      new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(pair.getPrivate())));
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry(
          ALIAS,
          pair.getPrivate(),
          STORE_PASSWORD,
          new java.security.cert.Certificate[] {certificate});
      write(store);
      // another instance may have written its own first: the file is the one key of the cluster
      return read(file);
    } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
      throw new IllegalStateException("cannot create the PDF signing key " + file, e);
    }
  }

  private void write(KeyStore store) throws IOException, GeneralSecurityException {
    Path folder = file.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = Files.createTempFile(folder, FILE_NAME, ".new");
    try {
      try {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // not a POSIX file system: the folder's own protection has to do
      }
      try (OutputStream out = Files.newOutputStream(temporary)) {
        store.store(out, STORE_PASSWORD);
      }
      Files.move(temporary, file); // never over a file another instance wrote meanwhile
    } catch (FileAlreadyExistsException e) {
      // written by another instance meanwhile: that one is kept
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
