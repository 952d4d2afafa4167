package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.institute.licensing.DealPage;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.web.licensing.LicensingTables;
import org.institute.web.platform.export.TableDownload;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * The deal pipeline: a count per state, and a lazily paged table filtered by state, as a file too.
 */
@Named("licDeals")
@ViewScoped
public class DealPipelineBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One state of the pipeline with its count. */
  public record Stage(DealState state, long count) implements Serializable {}

  @Inject private LicenceDeals deals;
  @Inject private LicensingTables tables;
  @Inject private LicensingAccess access;

  private DealState state;
  private List<Stage> stages;

  private final LazyDataModel<DealRow> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, deals.list(query(), 0, 1).total());
        }

        @Override
        public List<DealRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          DealPage page = deals.list(query(), first, Math.min(pageSize, 200));
          setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
          return page.deals();
        }

        @Override
        public String getRowKey(DealRow row) {
          return Long.toString(row.id());
        }
      };

  private DealQuery query() {
    return new DealQuery(state, null, null, null, null);
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

  /** Whether the module lets the signed-in user draft a deal (the page's "new deal" link). */
  public boolean isMayDraft() {
    return access.may(LicensingAction.DRAFT_DEAL);
  }

  public List<DealState> getStates() {
    return List.of(DealState.values());
  }

  public void show(DealState chosen) {
    this.state = chosen;
  }

  /** The deals of the chosen state, every page, as CSV or XLSX: what the caller may see. */
  public StreamedContent export(String format) {
    return TableDownload.of(tables.deals(query()), format);
  }

  public void filter() {
    // the table reloads with the chosen state on the next render
  }

  public LazyDataModel<DealRow> getRows() {
    return rows;
  }

  public DealState getState() {
    return state;
  }

  public void setState(DealState state) {
    this.state = state;
  }
}
