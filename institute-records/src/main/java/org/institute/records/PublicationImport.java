package org.institute.records;

/**
 * A bibliography file to import into a research project: its name, format and bytes (UTF-8, or
 * UTF-16 with a byte order mark). A dry run reports what would happen and changes nothing.
 */
public record PublicationImport(
    String fileName, BibliographyFormat format, byte[] content, Long projectId, boolean dryRun) {}
