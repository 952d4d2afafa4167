package org.institute.core;

import java.util.Optional;

/**
 * Signed agreements, minutes and other files that records refer to. Files are checked by their
 * content, never by the name or media type the uploader claims, and are kept in the database, out
 * of the web root (docs/decisions/0007-documents-in-the-database.md). Modules decide who may read a
 * document; this store only keeps it.
 */
public interface Documents {

  /** The largest file accepted: 10 MiB. */
  int MAX_BYTES = 10 * 1024 * 1024;

  /**
   * Stores a PDF within the caller's transaction. Refuses, naming {@code field}, an empty or
   * oversized file or one whose content is not a PDF.
   */
  StoredDocument storePdf(String field, String fileName, byte[] content);

  /** The media types an import's source file may be kept as: XML and CSV (decision 0100). */
  java.util.Set<String> SOURCE_TYPES = java.util.Set.of("application/xml", "text/csv");

  /**
   * Stores the source file of an import (patent-office XML, a CSV template) within the caller's
   * transaction, so that the records it created can be traced to it. Refuses, naming {@code field},
   * an empty or oversized file or a media type outside {@link #SOURCE_TYPES}.
   */
  StoredDocument storeSource(String field, String fileName, String mediaType, byte[] content);

  Optional<StoredDocument> find(long id);

  /** The bytes of a stored document; empty when there is none with this id. */
  Optional<byte[]> content(long id);
}
