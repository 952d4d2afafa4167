package org.institute.web.partners.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.institute.partners.AgreementView;
import org.institute.partners.Agreements;
import org.institute.partners.NewAgreement;

/**
 * Records an agreement and attaches its signed copy as one unit of work: the form offers both, so a
 * refused file must not leave an agreement behind that the user would then record twice. The rules
 * and the audit stay in the partners module; this only joins its two calls in one transaction.
 */
@ApplicationScoped
public class AgreementRecording {

  @Inject private Agreements agreements;

  @Transactional
  public AgreementView record(NewAgreement agreement, Uploads.Upload signedCopy) {
    AgreementView recorded = agreements.record(agreement);
    if (signedCopy == null) {
      return recorded;
    }
    return agreements.attachSignedCopy(
        recorded.id(), recorded.version(), signedCopy.fileName(), signedCopy.content());
  }
}
