package org.institute.web.licensing.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.LicenseeDeal;
import org.institute.licensing.NewRoyaltyReport;
import org.institute.licensing.RoyaltyReportView;
import org.institute.licensing.RoyaltyReports;
import org.institute.web.platform.faces.Messages;
import org.institute.web.platform.faces.TableInputs;

/**
 * Filing a period's royalty report, or a correction of the one filed (a new version, the lines of
 * the version in force filled in). The module checks everything and computes what is due; its
 * refusals show beside the fields they name and every value typed stays. Whether the period may be
 * reported is the module's answer ({@link LicenseeDeal#mayFile()}, the period ended).
 */
@Named("royaltyReportForm")
@ViewScoped
public class RoyaltyReportFormBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "reportForm";

  @Inject private RoyaltyReports reports;

  /** One line of sales in the form. */
  public static class LineRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private String product;
    private String territory;
    private Long units;
    private BigDecimal grossSales;
    private BigDecimal deductions;

    public String getProduct() {
      return product;
    }

    public void setProduct(String product) {
      this.product = product;
    }

    public String getTerritory() {
      return territory;
    }

    public void setTerritory(String territory) {
      this.territory = territory;
    }

    public Long getUnits() {
      return units;
    }

    public void setUnits(Long units) {
      this.units = units;
    }

    public BigDecimal getGrossSales() {
      return grossSales;
    }

    public void setGrossSales(BigDecimal grossSales) {
      this.grossSales = grossSales;
    }

    public BigDecimal getDeductions() {
      return deductions;
    }

    public void setDeductions(BigDecimal deductions) {
      this.deductions = deductions;
    }
  }

  private Long deal;
  private LocalDate period;
  private LicenseeDeal licence;
  private LicenseeDeal.Period chosen;
  private Integer amendsVersion;
  private String note;
  private final List<LineRow> lines = new ArrayList<>();
  private boolean allowed;
  private transient jakarta.servlet.http.Part file;
  private String uploadedName;
  private org.institute.licensing.UploadPreview preview;

  /** Reads the deal and period named by the view parameters and fills in the version in force. */
  public void load() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    licence = null;
    chosen = null;
    allowed = false;
    if (deal == null || period == null) {
      return;
    }
    try {
      licence = reports.licenseeDeal(deal);
    } catch (RecordNotFoundException e) {
      return;
    }
    chosen =
        licence.periods().stream().filter(p -> p.start().equals(period)).findFirst().orElse(null);
    if (chosen == null) {
      return;
    }
    allowed = licence.mayFile() && chosen.ended();
    lines.clear();
    if (chosen.reportId() != null) {
      RoyaltyReportView filed = reports.report(chosen.reportId());
      amendsVersion = filed.current().number();
      for (NewRoyaltyReport.SalesLine l : filed.current().lines()) {
        LineRow row = new LineRow();
        row.setProduct(l.product());
        row.setTerritory(l.territory());
        row.setUnits(l.units());
        row.setGrossSales(l.grossSales());
        row.setDeductions(l.deductions());
        lines.add(row);
      }
    } else {
      lines.add(new LineRow());
    }
  }

  // ---- the template and its upload (docs/decisions/0101) ----

  public org.primefaces.model.StreamedContent templateCsv() {
    return download(
        "royalty-report-template.csv",
        "text/csv",
        RoyaltyTemplateFiles.csv(
            org.institute.licensing.RoyaltyReports.TEMPLATE_COLUMNS,
            org.institute.licensing.RoyaltyReports.TEMPLATE_EXAMPLE));
  }

  public org.primefaces.model.StreamedContent templateXlsx() {
    return download(
        "royalty-report-template.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        RoyaltyTemplateFiles.xlsx(
            org.institute.licensing.RoyaltyReports.TEMPLATE_COLUMNS,
            org.institute.licensing.RoyaltyReports.TEMPLATE_EXAMPLE));
  }

  private static org.primefaces.model.StreamedContent download(
      String name, String type, byte[] bytes) {
    return org.primefaces.model.DefaultStreamedContent.builder()
        .name(name)
        .contentType(type)
        .stream(() -> new java.io.ByteArrayInputStream(bytes))
        .build();
  }

  /**
   * The dry run of the uploaded template: every row read as a line or refused with its reasons,
   * shown below the form; nothing is filed and the lines typed are kept.
   */
  public void previewUpload() {
    preview = null;
    if (!allowed) {
      return;
    }
    if (file == null || file.getSize() == 0) {
      Messages.error("upload:file", "licensing.royaltyReport.upload.empty");
      return;
    }
    if (file.getSize() > RoyaltyTemplateFiles.MAX_BYTES) {
      Messages.error("upload:file", "licensing.royaltyReport.upload.tooLarge");
      return;
    }
    List<List<String>> cells;
    try {
      uploadedName = file.getSubmittedFileName();
      cells =
          RoyaltyTemplateFiles.read(
              uploadedName, org.institute.web.platform.faces.UploadedBytes.of(file));
    } catch (java.io.IOException unreadable) {
      Messages.error("upload:file", "licensing.royaltyReport.upload.unreadable");
      return;
    }
    org.institute.licensing.UploadPreview[] read = new org.institute.licensing.UploadPreview[1];
    if (!Messages.attempt("upload", () -> read[0] = reports.preview(deal, cells))) {
      return;
    }
    if (read[0].refused() != null) {
      Messages.error("upload:file", read[0].refused());
      return;
    }
    preview = read[0];
  }

  /** Puts the lines of the rows that passed into the form, in place of those typed. */
  public void useUploaded() {
    if (preview == null || preview.accepted().isEmpty()) {
      return;
    }
    lines.clear();
    for (NewRoyaltyReport.SalesLine l : preview.accepted()) {
      LineRow row = new LineRow();
      row.setProduct(l.product());
      row.setTerritory(l.territory());
      row.setUnits(l.units());
      row.setGrossSales(l.grossSales());
      row.setDeductions(l.deductions());
      lines.add(row);
    }
    Messages.info(
        "licensing.royaltyReport.upload.used",
        preview.accepted().size(),
        preview.refusedRows().size());
    preview = null;
  }

  /** A refused row's reasons in the reader's language: "gross sales: a number is expected". */
  public String reasons(org.institute.licensing.UploadPreview.Row row) {
    return row.problems().stream()
        .map(
            p -> {
              int colon = p.indexOf(':');
              return Messages.text("licensee." + p.substring(0, colon))
                  + ": "
                  + Messages.text(p.substring(colon + 1));
            })
        .collect(java.util.stream.Collectors.joining("; "));
  }

  public jakarta.servlet.http.Part getFile() {
    return file;
  }

  public void setFile(jakarta.servlet.http.Part file) {
    this.file = file;
  }

  public org.institute.licensing.UploadPreview getPreview() {
    return preview;
  }

  public String getUploadedName() {
    return uploadedName;
  }

  /** Files the report; on success the report's page, loaded by a redirect (Post/Redirect/Get). */
  public String save() {
    if (!allowed) {
      return null;
    }
    NewRoyaltyReport report =
        new NewRoyaltyReport(
            period,
            licence.terms().currency(),
            lines.stream()
                .map(
                    l ->
                        new NewRoyaltyReport.SalesLine(
                            l.getProduct(),
                            l.getTerritory(),
                            l.getUnits(),
                            l.getGrossSales(),
                            l.getDeductions()))
                .toList(),
            note,
            amendsVersion);
    RoyaltyReportView[] saved = new RoyaltyReportView[1];
    if (!Messages.attempt(
        FORM, TableInputs.of("lines"), () -> saved[0] = reports.file(deal, report))) {
      return null;
    }
    Messages.infoAfterRedirect(
        saved[0].amended() ? "licensee.report.amended" : "licensee.report.filed",
        saved[0].current().number());
    return "/app/licensee/report.xhtml?faces-redirect=true&id=" + saved[0].id();
  }

  public void addLine() {
    lines.add(new LineRow());
  }

  public void removeLine(LineRow row) {
    lines.remove(row);
  }

  public Long getDeal() {
    return deal;
  }

  public void setDeal(Long deal) {
    this.deal = deal;
  }

  public LocalDate getPeriod() {
    return period;
  }

  public void setPeriod(LocalDate period) {
    this.period = period;
  }

  public LicenseeDeal getLicence() {
    return licence;
  }

  public LicenseeDeal.Period getChosen() {
    return chosen;
  }

  public boolean isAllowed() {
    return allowed;
  }

  public boolean isAmendment() {
    return amendsVersion != null;
  }

  public Integer getAmendsVersion() {
    return amendsVersion;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<LineRow> getLines() {
    return lines;
  }
}
