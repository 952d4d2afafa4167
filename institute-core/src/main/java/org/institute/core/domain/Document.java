package org.institute.core.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;
import org.institute.core.StoredDocument;

/** A file kept in the database. Written once; never changed. */
@Entity
@Table(name = "core_document")
public class Document {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "file_name", nullable = false, length = 255)
  private String fileName;

  @Column(name = "media_type", nullable = false, length = 100)
  private String mediaType;

  @Column(name = "size_bytes", nullable = false)
  private long size;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "stored_at", nullable = false)
  private Instant storedAt;

  @Column(name = "stored_by", nullable = false, length = 64)
  private String storedBy;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  protected Document() {}

  public Document(
      String fileName, String mediaType, byte[] content, String sha256, Instant now, String by) {
    this.fileName = fileName;
    this.mediaType = mediaType;
    this.content = content.clone();
    this.size = content.length;
    this.sha256 = sha256;
    this.storedAt = now;
    this.storedBy = by;
  }

  public byte[] content() {
    return content.clone();
  }

  public StoredDocument view() {
    return new StoredDocument(id, fileName, mediaType, size, sha256, storedAt, storedBy);
  }
}
