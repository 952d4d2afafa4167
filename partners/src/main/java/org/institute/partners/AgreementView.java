package org.institute.partners;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.PartnerId;
import org.institute.core.StoredDocument;

/**
 * An agreement as its readers see it. Each party carries the name it had on the signing date and
 * its current name, so that a renamed partner shows the name it signed under. Lists say only
 * whether a signed copy exists; {@code signedCopy} describes it when one agreement is read.
 */
public record AgreementView(
    long id,
    String title,
    String titleZh,
    List<Party> parties,
    LocalDate signedOn,
    LocalDate effectiveFrom,
    LocalDate expiresOn,
    LocalDate terminatedOn,
    AgreementStatus status,
    boolean confidential,
    String summary,
    boolean hasSignedCopy,
    StoredDocument signedCopy,
    long version,
    Set<AgreementAction> allowedActions)
    implements Serializable {

  public AgreementView {
    parties = List.copyOf(parties);
    allowedActions = Set.copyOf(allowedActions);
  }

  public boolean allows(AgreementAction action) {
    return allowedActions.contains(action);
  }

  /** A party: its name on the signing date, and its current name. */
  public record Party(
      PartnerId id,
      String code,
      String nameEnAtSigning,
      String nameZhAtSigning,
      String currentNameEn,
      String currentNameZh)
      implements Serializable {

    public String nameAtSigning(String language) {
      return language != null && language.startsWith("zh") && nameZhAtSigning != null
          ? nameZhAtSigning
          : nameEnAtSigning;
    }

    public boolean renamedSince() {
      return !nameEnAtSigning.equals(currentNameEn);
    }
  }
}
