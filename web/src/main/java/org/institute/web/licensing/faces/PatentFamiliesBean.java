package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.institute.licensing.Deadline;
import org.institute.licensing.FamilyPage;
import org.institute.licensing.FamilyRow;
import org.institute.licensing.LicenceObligations;
import org.institute.licensing.ObligationView;
import org.institute.licensing.Patents;
import org.institute.web.licensing.LicensingTables;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/** Patent families with their applications, and the deadlines of the next twelve months. */
@Named("licPatents")
@ViewScoped
public class PatentFamiliesBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Patents patents;
  @Inject private LicensingTables tables;
  @Inject private Clock clock;
  @Inject private LicenceObligations obligationsOfDeals;

  private List<Deadline> upcoming;
  private List<ObligationView> obligations;
  private Long applicationCount;

  private final LazyDataModel<FamilyRow> families =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, patents.list(null, null, 0, 1).total());
        }

        @Override
        public List<FamilyRow> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          FamilyPage page = patents.list(null, null, first, Math.min(pageSize, 200));
          setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
          return page.families();
        }

        @Override
        public String getRowKey(FamilyRow row) {
          return Long.toString(row.id());
        }
      };

  /** Every family the caller may see, as CSV or XLSX. */
  public StreamedContent export(String format) {
    return TableDownload.of(tables.patentFamilies(null, null), format);
  }

  public LazyDataModel<FamilyRow> getFamilies() {
    return families;
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
}
