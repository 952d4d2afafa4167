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

  Optional<StoredDocument> find(long id);

  /** The bytes of a stored document; empty when there is none with this id. */
  Optional<byte[]> content(long id);
}
