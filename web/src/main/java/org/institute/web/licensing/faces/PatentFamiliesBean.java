package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.institute.licensing.Deadline;
import org.institute.licensing.FamilyPage;
import org.institute.licensing.LicenceObligations;
import org.institute.licensing.ObligationView;
import org.institute.licensing.Patents;
import org.institute.web.licensing.LicensingTables;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.platform.faces.ListAddress;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.StreamedContent;

/**
 * Patent families with their applications, searched, sorted and paged in the database with
 * everything in the address ({@code ?q=&sort=title,desc&page=2}, decision 0085), and the deadlines
 * of the next twelve months.
 */
@Named("licPatents")
@ViewScoped
public class PatentFamiliesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Rows per page. */
  static final int ROWS = 20;

  @Inject private Patents patents;
  @Inject private LicensingTables tables;
  @Inject private Clock clock;
  @Inject private LicenceObligations obligationsOfDeals;
  @Inject private org.institute.licensing.LicensingAccess access;

  private final ListAddress.Parameters list =
      new ListAddress.Parameters(
          "/app/licensing/patents.xhtml", Patents.SORTS, Patents.DEFAULT_SORT);

  private List<Deadline> upcoming;
  private List<ObligationView> obligations;
  private Long applicationCount;
  private FamilyPage families;

  /** Reads the address; an unknown sort or an overlong search is shown and left out. */
  public void open() {
    list.open();
  }

  /** The page of families the address names; the last page when it names one past the end. */
  public FamilyPage getFamilies() {
    if (families == null) {
      families = search();
      if (list.pastTheEnd(families.families().size(), families.total(), ROWS)) {
        families = search();
      }
    }
    return families;
  }

  private FamilyPage search() {
    return patents.search(null, list.getSearch(), list.getSortText(), list.first(ROWS), ROWS);
  }

  public int getPages() {
    return ListAddress.pages(getFamilies().total(), ROWS);
  }

  /** The families of the list as shown (search and sort), every page, as CSV or XLSX. */
  public StreamedContent export(String format) {
    return TableDownload.of(
        tables.patentFamilies(null, list.getSearch(), list.getSortText()), format);
  }

  public List<Deadline> getUpcoming() {
    if (upcoming == null) {
      LocalDate today = LocalDate.now(clock);
      upcoming = patents.deadlines(today, today.plusMonths(12));
    }
    return upcoming;
  }

  /** Obligations of executed deals due from three months ago to a year ahead, soonest first. */
  public List<ObligationView> getObligations() {
    if (obligations == null) {
      LocalDate today = LocalDate.now(clock);
      obligations =
          obligationsOfDeals
              .list(null, today.minusMonths(3), today.plusMonths(12), 0, 50)
              .obligations();
    }
    return obligations;
  }

  public String getCountText() {
    return Messages.text("lic.patents.count", getApplicationCount());
  }

  public long getApplicationCount() {
    if (applicationCount == null) {
      applicationCount = patents.applicationCount();
    }
    return applicationCount;
  }

  /** Whether the caller may import families from a file: those who may register them. */
  public boolean isMayImport() {
    return access.may(org.institute.licensing.LicensingAction.REGISTER_FAMILY);
  }

  public int getPage() {
    getFamilies();
    return list.getPage();
  }

  /** The search, sort and page of the address, and the links that change them. */
  public ListAddress.Parameters getList() {
    return list;
  }
}
