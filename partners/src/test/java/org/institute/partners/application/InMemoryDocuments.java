package org.institute.partners.application;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.institute.core.Documents;
import org.institute.core.StoredDocument;

/** Documents kept in a map; every stored file is accepted as a PDF. */
final class InMemoryDocuments implements Documents {
  private final Map<Long, StoredDocument> stored = new HashMap<>();
  private final Map<Long, byte[]> contents = new HashMap<>();
  private long next = 100;

  @Override
  public StoredDocument storePdf(String field, String fileName, byte[] content) {
    StoredDocument d =
        new StoredDocument(
            next++,
            fileName,
            "application/pdf",
            content.length,
            "sha-" + fileName,
            Instant.EPOCH,
            "admin");
    stored.put(d.id(), d);
    contents.put(d.id(), content);
    return d;
  }

  @Override
  public StoredDocument storeSource(
      String field, String fileName, String mediaType, byte[] content) {
    StoredDocument pdf = storePdf(field, fileName, content);
    StoredDocument source =
        new StoredDocument(
            pdf.id(),
            pdf.fileName(),
            mediaType,
            pdf.size(),
            pdf.sha256(),
            pdf.storedAt(),
            pdf.storedBy());
    stored.put(source.id(), source);
    return source;
  }

  @Override
  public Optional<StoredDocument> find(long id) {
    return Optional.ofNullable(stored.get(id));
  }

  @Override
  public Optional<byte[]> content(long id) {
    return Optional.ofNullable(contents.get(id));
  }
}
