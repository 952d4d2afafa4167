package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.institute.licensing.DealPage;
import org.institute.licensing.DealPipeline;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealState;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.web.licensing.LicensingTables;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.platform.faces.ListAddress;
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

  private final ListAddress.Parameters list =
      new ListAddress.Parameters(
          "/app/licensing/deals.xhtml", DealQuery.SORTS, DealQuery.DEFAULT_SORT);
  private String stateParameter;

  private DealState state;
  private List<Stage> stages;
  private DealPage rows;

  /**
   * Reads the address: an unknown state or page is ignored, an unknown sort or an overlong search
   * is shown at the top and the list opens without it.
   */
  public void open() {
    state = parseState(stateParameter);
    list.filter("state", state == null ? null : state.name());
    list.open();
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
    return new DealQuery(state, null, null, null, list.getSortText(), list.getSearch());
  }

  /**
   * The page of rows the address names; the last page when it names one past the end. Read with the
   * counts per state in one call, which count the page's total too when there is no search.
   */
  public DealPage getRows() {
    if (rows == null) {
      read();
      if (list.pastTheEnd(rows.deals().size(), rows.total(), ROWS)) {
        read();
      }
    }
    return rows;
  }

  private void read() {
    DealPipeline pipeline = deals.pipeline(query(), list.first(ROWS), ROWS);
    rows = pipeline.page();
    stages = new ArrayList<>();
    for (DealState s : DealState.values()) {
      stages.add(new Stage(s, pipeline.counts().getOrDefault(s, 0L)));
    }
  }

  public int getPages() {
    return ListAddress.pages(getRows().total(), ROWS);
  }

  public List<Stage> getStages() {
    if (stages == null) {
      getRows();
    }
    return stages;
  }

  /** The list showing one state (or every state), keeping the search and the sort. */
  public String stateHref(DealState chosen) {
    return list.filterHref("state", chosen == null ? null : chosen.name());
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
    return list.getPage();
  }

  /** The search, sort and page of the address, and the links that change them. */
  public ListAddress.Parameters getList() {
    return list;
  }

  public String getStateParameter() {
    return stateParameter;
  }

  public void setStateParameter(String stateParameter) {
    this.stateParameter = stateParameter;
  }
}
