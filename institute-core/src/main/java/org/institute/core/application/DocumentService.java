package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.StoredDocument;
import org.institute.core.domain.Document;
import org.institute.core.domain.DocumentRepository;
import org.institute.core.domain.PdfContent;

@ApplicationScoped
@Transactional
class DocumentService implements Documents {

  @Inject private DocumentRepository documents;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private Clock clock;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public StoredDocument storePdf(String field, String fileName, byte[] content) {
    if (content == null || content.length == 0) {
      throw InvalidCommandException.of(field, "document.required");
    }
    if (content.length > MAX_BYTES) {
      throw InvalidCommandException.of(field, "document.tooLarge");
    }
    if (!PdfContent.looksLikePdf(content)) {
      throw InvalidCommandException.of(field, "document.notPdf");
    }
    Document stored =
        documents.add(
            new Document(
                PdfContent.cleanFileName(fileName),
                "application/pdf",
                content,
                sha256(content),
                clock.instant(),
                caller.name()));
    StoredDocument view = stored.view();
    audit.record(
        "DOCUMENT_STORED",
        "Document",
        Long.toString(view.id()),
        view.fileName() + ", " + view.size() + " bytes, sha256 " + view.sha256());
    return view;
  }

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public StoredDocument storeSource(
      String field, String fileName, String mediaType, byte[] content) {
    if (content == null || content.length == 0) {
      throw InvalidCommandException.of(field, "field.required");
    }
    if (content.length > MAX_BYTES) {
      throw InvalidCommandException.of(field, "document.tooLarge");
    }
    if (!SOURCE_TYPES.contains(mediaType)) {
      throw InvalidCommandException.of(field, "field.notAllowedValue");
    }
    Document stored =
        documents.add(
            new Document(
                PdfContent.cleanFileName(fileName),
                mediaType,
                content,
                sha256(content),
                clock.instant(),
                caller.name()));
    StoredDocument view = stored.view();
    audit.record(
        "DOCUMENT_STORED",
        "Document",
        Long.toString(view.id()),
        view.fileName()
            + ", "
            + mediaType
            + ", "
            + view.size()
            + " bytes, sha256 "
            + view.sha256());
    return view;
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<StoredDocument> find(long id) {
    return documents.find(id).map(Document::view);
  }

  @Override
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<byte[]> content(long id) {
    return documents.find(id).map(Document::content);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
