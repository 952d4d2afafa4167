package org.institute.records;

/**
 * Bringing an institute's existing papers in from BibTeX, RIS and CSL-JSON files. Admins, who
 * record publications. Every entry is checked as a typed-in publication would be; an entry whose
 * DOI is recorded already is left alone; a commit creates every acceptable entry in one
 * transaction, each audited with the import's reference.
 */
public interface PublicationImports {

  ImportReport importPublications(PublicationImport command);
}
