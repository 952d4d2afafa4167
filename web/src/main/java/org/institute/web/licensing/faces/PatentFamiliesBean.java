package org.institute.web.licensing.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.ListSort;
import org.institute.core.SearchText;
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

  private String q;
  private String sortParameter;
  private String pageParameter;
  private ListSort sort = Patents.DEFAULT_SORT;
  private int page = 1;

  private List<Deadline> upcoming;
  private List<ObligationView> obligations;
  private Long applicationCount;
  private FamilyPage families;

  /** Reads the address; an unknown sort or an overlong search is shown and left out. */
  public void open() {
    page = ListAddress.pageNumber(pageParameter);
    try {
      sort = ListSort.parse(sortParameter, Patents.SORTS, Patents.DEFAULT_SORT);
    } catch (InvalidCommandException e) {
      Messages.show(null, e);
      sortParameter = null;
    }
    try {
      SearchText.of(q);
    } catch (InvalidCommandException e) {
      Messages.show(null, e);
      q = null;
    }
  }

  /** The page of families the address names; the last page when it names one past the end. */
  public FamilyPage getFamilies() {
    if (families == null) {
      families = patents.search(null, q, sort.parameter(), (page - 1) * ROWS, ROWS);
      if (families.families().isEmpty() && page > 1 && families.total() > 0) {
        page = ListAddress.pages(families.total(), ROWS);
        families = patents.search(null, q, sort.parameter(), (page - 1) * ROWS, ROWS);
      }
    }
    return families;
  }

  public int getPages() {
    return ListAddress.pages(getFamilies().total(), ROWS);
  }

  private ListAddress address() {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    ListAddress a = ListAddress.of(context + "/app/licensing/patents.xhtml").with("q", q);
    if (!sort.equals(Patents.DEFAULT_SORT)) {
      a = a.with(ListSort.PARAMETER, sort.parameter());
    }
    return a.page(page);
  }

  /** The list sorted by the column: ascending first, the other way on a second click. */
  public String sortHref(String field) {
    return address().sortedBy(sort, field).href();
  }

  /** "asc", "desc", or "" when the list is not sorted by the column. */
  public String sortedBy(String field) {
    return sort.field().equals(field) ? sort.direction() : "";
  }

  public String pageHref(int number) {
    return address().page(number).href();
  }

  /** The list without its search, in the same order. */
  public String getClearHref() {
    return address().with("q", null).href();
  }

  /** The families of the list as shown (search and sort), every page, as CSV or XLSX. */
  public StreamedContent export(String format) {
    return TableDownload.of(tables.patentFamilies(null, q, sort.parameter()), format);
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

  public int getPage() {
    getFamilies();
    return page;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getSortParameter() {
    return sortParameter;
  }

  public void setSortParameter(String sortParameter) {
    this.sortParameter = sortParameter;
  }

  public String getPageParameter() {
    return pageParameter;
  }

  public void setPageParameter(String pageParameter) {
    this.pageParameter = pageParameter;
  }

  /** The sort as the search form keeps it ("" for the default). */
  public String getSortKept() {
    return sort.equals(Patents.DEFAULT_SORT) ? "" : sort.parameter();
  }
}
