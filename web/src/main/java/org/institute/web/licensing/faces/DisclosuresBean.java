package org.institute.web.licensing.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.institute.licensing.DisclosureView;
import org.institute.licensing.Disclosures;
import org.institute.licensing.Inventor;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;

/**
 * "My disclosures": the disclosures of the signed-in user's partner (all of them for the IP
 * office).
 */
@Named("licDisclosures")
@RequestScoped
public class DisclosuresBean {

  @Inject private Disclosures disclosures;
  @Inject private LicensingAccess access;

  private List<DisclosureView> rows;

  public List<DisclosureView> getRows() {
    if (rows == null) {
      rows = disclosures.list(null, 0, 200);
    }
    return rows;
  }

  /** Whether the module lets the caller file a disclosure (the "New disclosure" button). */
  public boolean isMayFile() {
    return access.may(LicensingAction.SUBMIT_DISCLOSURE);
  }

  public String inventors(DisclosureView d) {
    StringBuilder b = new StringBuilder();
    for (Inventor i : d.inventors()) {
      if (b.length() > 0) {
        b.append("; ");
      }
      var c = i.contribution().stripTrailingZeros();
      b.append(i.name())
          .append(" ")
          .append((c.scale() < 0 ? c.setScale(0) : c).toPlainString())
          .append(" %");
    }
    return b.toString();
  }
}
