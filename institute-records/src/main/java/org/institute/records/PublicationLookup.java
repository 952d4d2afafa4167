package org.institute.records;

import java.util.Optional;

/**
 * Add by DOI: asks a Crossref-compatible REST service (configured by {@code
 * institute.doi.lookup.url}; nothing is called when it is unset) what it knows of a DOI. Admins,
 * who record publications. Empty when the service does not know the DOI.
 */
public interface PublicationLookup {

  Optional<PublicationDraft> lookUp(String doi);

  /**
   * Whether a DOI service is configured, so that a page can say that adding by DOI is off rather
   * than offer a button that always fails. Anyone who may look up.
   */
  boolean available();
}
