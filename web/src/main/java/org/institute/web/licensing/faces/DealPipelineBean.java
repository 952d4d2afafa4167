package org.institute.web.licensing.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.institute.core.InvalidCommandException;
import org.institute.core.ListSort;
import org.institute.licensing.DealPage;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealState;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.web.licensing.LicensingTables;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.platform.faces.ListAddress;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.StreamedContent;

/**
 * The deal pipeline: a count per state, and a table searched, filtered by state, sorted by a column
 * and paged in the database, everything in the address ({@code ?q=&state=&sort=title,asc&page=2},
 * decision 0085), and as a file too.
 */
@Named("licDeals")
@ViewScoped
public class DealPipelineBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Rows per page. */
  static final int ROWS = 25;

  /** One state of the pipeline with its count. */
  public record Stage(DealState state, long count) implements Serializable {}

  @Inject private LicenceDeals deals;
  @Inject private LicensingTables tables;
  @Inject private LicensingAccess access;

  private String q;
  private String stateParameter;
  private String sortParameter;
  private String pageParameter;

  private DealState state;
  private ListSort sort = DealQuery.DEFAULT_SORT;
  private int page = 1;
  private List<Stage> stages;
  private DealPage rows;

  /**
   * Reads the address: an unknown state or page is ignored, an unknown sort or an overlong search
   * is shown at the top and the list opens without it.
   */
  public void open() {
    state = parseState(stateParameter);
    page = ListAddress.pageNumber(pageParameter);
    try {
      sort = new DealQuery(null, null, null, null, sortParameter).order();
    } catch (InvalidCommandException e) {
      Messages.show(null, e);
      sortParameter = null;
    }
    try {
      new DealQuery(null, null, null, null, null, q).search();
    } catch (InvalidCommandException e) {
      Messages.show(null, e);
      q = null;
    }
  }

  private static DealState parseState(String raw) {
    for (DealState s : DealState.values()) {
      if (s.name().equals(raw)) {
        return s;
      }
    }
    return null;
  }

  private DealQuery query() {
    return new DealQuery(state, null, null, null, sort.parameter(), q);
  }

  /** The page of rows the address names; the last page when it names one past the end. */
  public DealPage getRows() {
    if (rows == null) {
      rows = deals.list(query(), (page - 1) * ROWS, ROWS);
      if (rows.deals().isEmpty() && page > 1 && rows.total() > 0) {
        page = ListAddress.pages(rows.total(), ROWS);
        rows = deals.list(query(), (page - 1) * ROWS, ROWS);
      }
    }
    return rows;
  }

  public int getPages() {
    return ListAddress.pages(getRows().total(), ROWS);
  }

  public List<Stage> getStages() {
    if (stages == null) {
      Map<DealState, Long> counts = deals.countByState();
      stages = new ArrayList<>();
      for (DealState s : DealState.values()) {
        stages.add(new Stage(s, counts.getOrDefault(s, 0L)));
      }
    }
    return stages;
  }

  private ListAddress address() {
    String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
    ListAddress a = ListAddress.of(context + "/app/licensing/deals.xhtml").with("q", q);
    a = a.with("state", state == null ? null : state.name());
    if (!sort.equals(DealQuery.DEFAULT_SORT)) {
      a = a.with(ListSort.PARAMETER, sort.parameter());
    }
    return a.page(page);
  }

  /** The list showing one state (or every state), keeping the search and the sort. */
  public String stateHref(DealState chosen) {
    return address().with("state", chosen == null ? null : chosen.name()).href();
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

  /** Whether the module lets the signed-in user draft a deal (the page's "new deal" link). */
  public boolean isMayDraft() {
    return access.may(LicensingAction.DRAFT_DEAL);
  }

  /** The deals of the list as shown (search, state, sort), every page, as CSV or XLSX. */
  public StreamedContent export(String format) {
    return TableDownload.of(tables.deals(query()), format);
  }

  public DealState getState() {
    return state;
  }

  public int getPage() {
    getRows();
    return page;
  }

  public String getQ() {
    return q;
  }

  public void setQ(String q) {
    this.q = q;
  }

  public String getStateParameter() {
    return stateParameter;
  }

  public void setStateParameter(String stateParameter) {
    this.stateParameter = stateParameter;
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
    return sort.equals(DealQuery.DEFAULT_SORT) ? "" : sort.parameter();
  }
}
