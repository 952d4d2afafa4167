package org.institute.records;

import java.io.Serializable;

/**
 * What a DOI registry says of a paper, to pre-fill the form of a new publication: the DOI in normal
 * form, title and its language tag, journal, year and authors (semicolon-separated, in order), each
 * null when the registry does not say; {@code recorded} when a publication has this DOI already.
 */
public record PublicationDraft(
    String doi,
    String title,
    String titleLanguage,
    String journal,
    Integer year,
    String authors,
    boolean recorded)
    implements Serializable {}
