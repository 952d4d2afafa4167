package org.institute.partners;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Cooperation agreements between partners. Admins record them; everyone signed in reads those that
 * are not confidential; a confidential one is seen only by its parties' staff, admins, the council
 * and auditors. For anyone else it does not exist. Each view carries what the caller may do with it
 * ({@link AgreementView#allowedActions()}).
 */
public interface Agreements {

  AgreementPage search(AgreementQuery query, int firstResult, int maxResults);

  Optional<AgreementView> find(long id);

  /** Records an agreement; admins only. */
  AgreementView record(NewAgreement agreement);

  /**
   * Records an agreement with its signed PDF, both or neither: a refused file leaves no agreement
   * behind (one transaction). A null {@code signedCopy} records the agreement alone. Admins only.
   */
  AgreementView record(NewAgreement agreement, SignedCopy signedCopy);

  /** Attaches the signed PDF (checked by content); admins only; replaces an earlier copy. */
  AgreementView attachSignedCopy(long id, Long version, String fileName, byte[] content);

  /** Ends an agreement early; admins only. */
  AgreementView terminate(long id, Long version, LocalDate on);

  /** The signed PDF, for those who may read the agreement. */
  Optional<SignedCopy> signedCopy(long id);

  record SignedCopy(String fileName, byte[] content) implements Serializable {}
}
