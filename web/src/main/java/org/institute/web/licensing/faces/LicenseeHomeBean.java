package org.institute.web.licensing.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.institute.licensing.LicenseeDeal;
import org.institute.licensing.RoyaltyReports;

/**
 * The licensee's home in the portal: the signed deals of the signed-in person's company with their
 * terms, obligations, payments and reporting periods, as the licensing module shows them to a
 * licensee ({@link RoyaltyReports#licenseeDeals()}). Which periods may be reported is the module's
 * answer ({@link LicenseeDeal#mayFile()}).
 */
@Named("licenseeHome")
@RequestScoped
public class LicenseeHomeBean {

  @Inject private RoyaltyReports reports;

  private List<LicenseeDeal> deals;

  public List<LicenseeDeal> getDeals() {
    if (deals == null) {
      deals = reports.licenseeDeals();
    }
    return deals;
  }
}
