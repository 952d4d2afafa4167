package org.institute.web.licensing.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.institute.licensing.RoyaltyReportView;
import org.institute.licensing.RoyaltyReports;

/** The licensing admins' queue: the royalty reports awaiting review (docs/decisions/0101). */
@Named("royaltyReviews")
@RequestScoped
public class RoyaltyReviewsBean {

  @Inject private RoyaltyReports reports;

  private List<RoyaltyReportView> awaiting;

  public List<RoyaltyReportView> getAwaiting() {
    if (awaiting == null) {
      awaiting = reports.awaitingReview();
    }
    return awaiting;
  }
}
