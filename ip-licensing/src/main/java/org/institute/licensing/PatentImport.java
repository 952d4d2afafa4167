package org.institute.licensing;

/**
 * A patent file to import: its name, format and bytes, and the partner that owns (100 %) the
 * families it creates; staff of a partner may leave the owner out (their partner). A dry run
 * reports what would happen and changes nothing.
 */
public record PatentImport(
    String fileName,
    PatentFileFormat format,
    byte[] content,
    Long ownerPartnerId,
    boolean dryRun) {}
