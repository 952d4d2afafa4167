package org.institute.records;

import java.util.Optional;

/**
 * Add by DOI: asks a Crossref-compatible REST service (configured by {@code
 * institute.doi.lookup.url}; nothing is called when it is unset) what it knows of a DOI. Admins,
 * who record publications. Empty when the service does not know the DOI.
 */
public interface PublicationLookup {

  Optional<PublicationDraft> lookUp(String doi);
}
