package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;
import org.institute.licensing.DistributionLineView;
import org.institute.licensing.DistributionTotal;
import org.institute.licensing.Distributions;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerRole;
import org.institute.partners.PartnerSummary;
import org.institute.web.licensing.LicensingTables;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.StreamedContent;

/**
 * The distribution statement (decision 0107): what payments gave, line by line, filtered by
 * institution, deal, inventor and period (GET parameters, so a statement can be bookmarked), with
 * totals per recipient, downloadable as CSV or XLSX. The lines are what the module lets the reader
 * see.
 */
@Named("distributionPage")
@ViewScoped
public class DistributionStatementBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Distributions distributions;
  @Inject private PartnerDirectory partners;
  @Inject private LicensingTables tables;

  private Long partnerId;
  private Long dealId;
  private String inventor;
  private LocalDate from;
  private LocalDate to;
  private List<DistributionLineView> lines = List.of();
  private boolean refused;

  public void load() {
    try {
      lines = distributions.statement(partnerId, dealId, inventor, from, to);
    } catch (InvalidCommandException e) {
      Messages.show("filter", e);
      lines = List.of();
    } catch (AccessRefusedException e) {
      refused = true;
      lines = List.of();
    }
  }

  /** The totals per step and recipient, as the module adds them up. */
  public List<DistributionTotal> getTotals() {
    return DistributionTotal.of(lines);
  }

  public StreamedContent export(String format) {
    return TableDownload.of(tables.distribution(lines), format);
  }

  /** The statement as a PDF in English and Chinese (the module prints it). */
  public StreamedContent getPdf() {
    byte[] pdf = distributions.statementPdf(partnerId, dealId, inventor, from, to);
    return org.primefaces.model.DefaultStreamedContent.builder()
        .name("distribution-statement.pdf")
        .contentType("application/pdf")
        .contentLength((long) pdf.length)
        .stream(() -> new java.io.ByteArrayInputStream(pdf))
        .build();
  }

  public boolean isFull() {
    return lines.size() >= Distributions.MAX_LINES;
  }

  public List<PartnerSummary> getPartners() {
    return institutions(partners);
  }

  /** The partners a statement or a policy may be of: all but those that are only licensees. */
  static List<PartnerSummary> institutions(PartnerDirectory partners) {
    return partners.all().stream()
        .filter(p -> !java.util.Set.of(PartnerRole.LICENSEE).containsAll(p.roles()))
        .toList();
  }

  public List<DistributionLineView> getLines() {
    return lines;
  }

  public boolean isRefused() {
    return refused;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public Long getDealId() {
    return dealId;
  }

  public void setDealId(Long dealId) {
    this.dealId = dealId;
  }

  public String getInventor() {
    return inventor;
  }

  public void setInventor(String inventor) {
    this.inventor = inventor;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
