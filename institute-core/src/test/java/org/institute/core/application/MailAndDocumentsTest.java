package org.institute.core.application;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.MailOutbox;
import org.institute.core.StoredDocument;
import org.institute.core.domain.Document;
import org.institute.core.domain.DocumentRepository;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

class MailAndDocumentsTest {

  private static final Instant T0 = Instant.parse("2024-06-15T08:00:00Z");

  private final Fakes.Outbox outbox = new Fakes.Outbox();
  private final Fakes.Transport transport = new Fakes.Transport();
  private final RecordingAudit audit = new RecordingAudit();

  private MailService mail(TestCaller caller) {
    MailService s = new MailService();
    Wiring.inject(s, "outbox", outbox);
    Wiring.inject(s, "transport", transport);
    Wiring.inject(s, "clock", Fakes.clockAt(T0));
    Wiring.inject(s, "caller", caller);
    Wiring.inject(s, "policy", Policies.policy(caller));
    return s;
  }

  private MailDispatcher dispatcher() {
    MailDispatcher d = new MailDispatcher();
    Wiring.inject(d, "outbox", outbox);
    Wiring.inject(d, "transport", transport);
    Wiring.inject(d, "clock", Fakes.clockAt(T0.plusSeconds(30)));
    Wiring.inject(d, "self", d);
    return d;
  }

  @Test
  void mailWaitsInTheOutboxUntilTheDispatcherDeliversIt() {
    mail(TestCaller.admin()).send("a@ntu.edu.sg", "Hello", "Body");
    mail(TestCaller.admin()).send("b@scut.edu.cn", "你好", "正文");
    assertThat(mail(TestCaller.admin()).count()).isEqualTo(2);
    assertThat(transport.delivered).isEmpty();

    assertThat(dispatcher().deliverPending()).isEqualTo(2);

    assertThat(transport.delivered).containsExactly("a@ntu.edu.sg: Hello", "b@scut.edu.cn: 你好");
    List<MailOutbox.Message> latest = mail(TestCaller.admin()).latest(0, 10);
    assertThat(latest).extracting(MailOutbox.Message::status).containsExactly("SENT", "SENT");
    assertThat(latest.get(0).sentAt()).isEqualTo(T0.plusSeconds(30));
    assertThat(dispatcher().deliverPending()).isZero();
  }

  @Test
  void oneBadAddressDoesNotHoldBackTheRest() {
    transport.refusing.add("bad@x.cn");
    mail(TestCaller.admin()).send("bad@x.cn", "One", "Body");
    mail(TestCaller.admin()).send("good@x.cn", "Two", "Body");

    assertThat(dispatcher().deliverPending()).isEqualTo(1);

    MailOutbox.Message bad = mail(TestCaller.admin()).latest(0, 10).get(0);
    assertThat(bad.status()).isEqualTo("PENDING");
    assertThat(bad.attempts()).isEqualTo(1);
    assertThat(bad.lastError()).contains("550 no such user bad@x.cn");
    assertThat(transport.delivered).containsExactly("good@x.cn: Two");
  }

  @Test
  void withoutATransportNothingIsDeliveredAndNothingIsLost() {
    transport.available = false;
    mail(TestCaller.admin()).send("a@x.cn", "One", "Body");

    assertThat(mail(TestCaller.admin()).deliveryConfigured()).isFalse();
    assertThat(dispatcher().deliverPending()).isZero();
    assertThat(mail(TestCaller.admin()).latest(0, 1).get(0).status()).isEqualTo("PENDING");
    assertThat(dispatcher().deliverOne(99)).isFalse();
    transport.available = true;
    assertThat(mail(TestCaller.admin()).deliveryConfigured()).isTrue();
  }

  @Test
  void onlyAnAdminReadsTheOutbox() {
    assertThatThrownBy(() -> mail(TestCaller.auditor()).latest(0, 10))
        .isInstanceOf(AccessRefusedException.class);
  }

  /** Documents in a map, numbered from 1. */
  static final class DocumentStore implements DocumentRepository {
    final Map<Long, Document> byId = new HashMap<>();

    @Override
    public Document add(Document document) {
      long id = byId.size() + 1L;
      Wiring.assignId(document, id);
      byId.put(id, document);
      return document;
    }

    @Override
    public Optional<Document> find(long id) {
      return Optional.ofNullable(byId.get(id));
    }
  }

  private final DocumentStore documents = new DocumentStore();

  private DocumentService documentService() {
    DocumentService s = new DocumentService();
    Wiring.inject(s, "documents", documents);
    Wiring.inject(s, "audit", audit);
    Wiring.inject(s, "caller", TestCaller.admin());
    Wiring.inject(s, "clock", Fakes.clockAt(T0));
    return s;
  }

  private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(US_ASCII);

  @Test
  void aPdfIsStoredWithItsHashAndAudited() {
    StoredDocument d = documentService().storePdf("file", "signed.pdf", PDF);

    assertThat(d.id()).isEqualTo(1L);
    assertThat(d.mediaType()).isEqualTo("application/pdf");
    assertThat(d.size()).isEqualTo(PDF.length);
    assertThat(d.sha256()).hasSize(64).matches("[0-9a-f]+");
    assertThat(d.storedBy()).isEqualTo("admin");
    assertThat(d.storedAt()).isEqualTo(T0);
    assertThat(audit.entries)
        .containsExactly(
            "DOCUMENT_STORED Document#1: signed.pdf, "
                + PDF.length
                + " bytes, sha256 "
                + d.sha256());
    assertThat(documentService().content(1)).hasValueSatisfying(c -> assertThat(c).isEqualTo(PDF));
    assertThat(documentService().find(1)).contains(d);
    assertThat(documentService().find(2)).isEmpty();
    assertThat(documentService().content(2)).isEmpty();
  }

  @Test
  void theSameContentHasTheSameHash() {
    String first = documentService().storePdf("file", "a.pdf", PDF).sha256();
    String second = documentService().storePdf("file", "b.pdf", PDF.clone()).sha256();
    assertThat(second).isEqualTo(first);
    assertThat(first).isEqualTo("%064x".formatted(new java.math.BigInteger(1, sha256(PDF))));
  }

  private static byte[] sha256(byte[] b) {
    try {
      return java.security.MessageDigest.getInstance("SHA-256").digest(b);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anEmptyOversizedOrNonPdfFileIsRefusedBesideItsField() {
    DocumentService s = documentService();
    assertThat(messageKey(() -> s.storePdf("signedCopy", "a.pdf", null)))
        .isEqualTo("signedCopy:document.required");
    assertThat(messageKey(() -> s.storePdf("signedCopy", "a.pdf", new byte[0])))
        .isEqualTo("signedCopy:document.required");
    assertThat(messageKey(() -> s.storePdf("file", "a.pdf", new byte[Documents.MAX_BYTES + 1])))
        .isEqualTo("file:document.tooLarge");
    assertThat(messageKey(() -> s.storePdf("file", "a.pdf", "GIF89a".getBytes(US_ASCII))))
        .isEqualTo("file:document.notPdf");
    byte[] atLimit = new byte[Documents.MAX_BYTES];
    System.arraycopy(PDF, 0, atLimit, 0, PDF.length);
    System.arraycopy(PDF, PDF.length - 6, atLimit, atLimit.length - 6, 6);
    assertThat(messageKey(() -> s.storePdf("file", "a.pdf", atLimit))).isEqualTo("stored");
    assertThat(audit.entries).hasSize(1);
  }

  private static String messageKey(Runnable r) {
    try {
      r.run();
      return "stored";
    } catch (InvalidCommandException e) {
      return e.violations().get(0).field() + ":" + e.violations().get(0).messageKey();
    }
  }
}
