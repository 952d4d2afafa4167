package org.institute.web.core.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;

/** The partner directory as a read-only list (the partners module adds editing). */
@Named("partnerList")
@RequestScoped
public class PartnerListBean {

  @Inject private PartnerDirectory partners;

  private List<PartnerSummary> all;

  public List<PartnerSummary> getAll() {
    if (all == null) {
      all = partners.all();
    }
    return all;
  }
}
