package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.RoyaltyReportAction;
import org.institute.licensing.RoyaltyReportView;
import org.institute.licensing.RoyaltyReports;

/** A royalty report's page: every version filed, the latest first, and what each owes. */
@Named("royaltyReport")
@ViewScoped
public class RoyaltyReportBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private RoyaltyReports reports;

  private Long id;
  private RoyaltyReportView report;

  /** Loads the report named by the {@code id} view parameter; absent when not the reader's. */
  public void load() {
    report = null;
    if (id == null) {
      return;
    }
    try {
      report = reports.report(id);
    } catch (RecordNotFoundException e) {
      report = null;
    }
  }

  /** The versions, the one in force first. */
  public java.util.List<RoyaltyReportView.Version> getHistory() {
    if (report == null) {
      return java.util.List.of();
    }
    java.util.List<RoyaltyReportView.Version> latestFirst =
        new java.util.ArrayList<>(report.versions());
    java.util.Collections.reverse(latestFirst);
    return latestFirst;
  }

  public boolean isMayAmend() {
    return report != null && report.allowedActions().contains(RoyaltyReportAction.AMEND);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public RoyaltyReportView getReport() {
    return report;
  }
}
