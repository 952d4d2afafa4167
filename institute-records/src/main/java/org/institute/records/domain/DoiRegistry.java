package org.institute.records.domain;

import java.util.Optional;

/** A Crossref-compatible service that describes works by their DOI. */
public interface DoiRegistry {

  /** False when no service is configured: then nothing is ever called. */
  boolean configured();

  /**
   * The service's JSON for the work (Crossref's {@code {"message": {...}}} or a CSL-JSON item);
   * empty when the service does not know the DOI.
   *
   * @throws DoiRegistryException when the service cannot be reached or answers with an error
   */
  Optional<String> work(String doi);

  /** The service failed; the message says how, for the log. */
  class DoiRegistryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DoiRegistryException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
