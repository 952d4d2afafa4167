package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.institute.talent.CohortView;
import org.institute.talent.Page;
import org.institute.talent.ProgrammeView;
import org.institute.talent.Programmes;
import org.institute.talent.TalentAction;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.talent.TalentTables;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** The programme catalogue and the cohorts in the caller's scope. */
@Named("talentCatalogue")
@ViewScoped
public class CatalogueBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Programmes programmes;
  @Inject private TalentTables tables;

  private List<ProgrammeView> catalogue;

  public List<ProgrammeView> getProgrammes() {
    if (catalogue == null) {
      catalogue = programmes.list(null, "code", 0, 200).items();
    }
    return catalogue;
  }

  private final LazyDataModel<CohortView> cohorts =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) programmes.cohorts(null, "startsOn", 0, 1).total();
        }

        @Override
        public List<CohortView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          String sort =
              sortBy.keySet().stream()
                  .filter(Programmes.COHORT_SORTS::contains)
                  .findFirst()
                  .orElse("startsOn");
          Page<CohortView> page = programmes.cohorts(null, sort, first, Math.min(pageSize, 200));
          setRowCount((int) page.total());
          return page.items();
        }

        @Override
        public String getRowKey(CohortView c) {
          return Long.toString(c.id());
        }
      };

  /** Every cohort the caller may see, as CSV or XLSX, in the table's order. */
  public StreamedContent export(String format) {
    return TableDownload.of(tables.cohorts(null, "startsOn"), format);
  }

  /** Whether the caller may register programmes (the talent module decides). */
  public boolean isMayRegister() {
    return programmes.allowedActions().contains(TalentAction.REGISTER_PROGRAMME);
  }

  public LazyDataModel<CohortView> getCohorts() {
    return cohorts;
  }
}
