package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.WaitingWork;
import org.institute.licensing.DisclosureState;
import org.institute.licensing.Disclosures;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.LicenceObligations;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.licensing.ObligationStatus;

/**
 * What waits for the caller in IP and licensing: deals in their inbox, obligations due or overdue
 * within their scope, disclosures the IP office has to review, and their own disclosures sent back
 * for changes. Who sees which item is the module's policy ({@link LicensingAccess}); each count
 * comes from the use case that lists the same records on the linked page.
 */
@ApplicationScoped
public class LicensingWaitingWork implements WaitingWork {

  /** More than this many disclosures are shown as this many: the page lists them all. */
  static final int DISCLOSURES_COUNTED = 200;

  @Inject private LicensingAccess access;
  @Inject private LicenceDeals deals;
  @Inject private LicenceObligations obligations;
  @Inject private Disclosures disclosures;

  @Override
  public List<Item> forCaller() {
    List<Item> items = new ArrayList<>();
    if (access.may(LicensingAction.WORK_INBOX)) {
      add(items, "home.waiting.inbox", deals.inbox(0, 1).total(), "/app/licensing/inbox.xhtml");
    }
    if (access.may(LicensingAction.READ_OBLIGATIONS)) {
      add(
          items,
          "home.waiting.obligationsOverdue",
          obligations.list(ObligationStatus.OVERDUE, null, null, 0, 1).total(),
          "/app/licensing/patents.xhtml");
      add(
          items,
          "home.waiting.obligationsDue",
          obligations.list(ObligationStatus.DUE, null, null, 0, 1).total(),
          "/app/licensing/patents.xhtml");
    }
    if (access.may(LicensingAction.REVIEW_DISCLOSURES)) {
      add(
          items,
          "home.waiting.disclosuresToReview",
          disclosures.list(DisclosureState.SUBMITTED, 0, DISCLOSURES_COUNTED).size(),
          "/app/licensing/disclosures.xhtml");
    } else if (access.may(LicensingAction.SUBMIT_DISCLOSURE)) {
      add(
          items,
          "home.waiting.disclosuresToRevise",
          disclosures.list(DisclosureState.CHANGES_REQUESTED, 0, DISCLOSURES_COUNTED).size(),
          "/app/licensing/disclosures.xhtml");
    }
    return items;
  }

  private static void add(List<Item> items, String key, long count, String page) {
    if (count > 0) {
      items.add(new Item(key, count, page));
    }
  }
}
