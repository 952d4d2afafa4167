package org.institute.core;

import java.io.Serializable;
import java.time.Instant;

/** A stored file's description: never its bytes. {@code fileName} is cleaned of any path. */
public record StoredDocument(
    long id,
    String fileName,
    String mediaType,
    long size,
    String sha256,
    Instant storedAt,
    String storedBy)
    implements Serializable {}
