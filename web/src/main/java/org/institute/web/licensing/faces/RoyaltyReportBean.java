package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.RoyaltyReportAction;
import org.institute.licensing.RoyaltyReportView;
import org.institute.licensing.RoyaltyReports;
import org.institute.web.platform.faces.Messages;

/**
 * A royalty report's page, for its licensee and for the licensor side: every version filed, the
 * latest first, and what each owes; the review (docs/decisions/0101): accept (confirmed with the
 * amount it invoices) or query it (licensing admins), answer a query (the licensee), its invoices.
 */
@Named("royaltyReport")
@ViewScoped
public class RoyaltyReportBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private RoyaltyReports reports;

  @Inject private LicensingFormat licFmt;

  private Long id;
  private RoyaltyReportView report;
  private String question;
  private String answer;
  private boolean confirmingAcceptance;

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

  public boolean isMayAccept() {
    return report != null && report.allowedActions().contains(RoyaltyReportAction.ACCEPT);
  }

  public boolean isMayQuery() {
    return report != null && report.allowedActions().contains(RoyaltyReportAction.QUERY);
  }

  public boolean isMayAnswer() {
    return report != null && report.allowedActions().contains(RoyaltyReportAction.ANSWER);
  }

  /** Shows the confirmation of the acceptance, in words and the amount it invoices. */
  public void startAcceptance() {
    confirmingAcceptance = isMayAccept();
  }

  public void cancelAcceptance() {
    confirmingAcceptance = false;
  }

  /**
   * What accepting the version in force invoices: its due less what the report's invoices and
   * credit notes total so far.
   */
  public java.math.BigDecimal getToInvoice() {
    if (report == null) {
      return java.math.BigDecimal.ZERO;
    }
    java.math.BigDecimal invoiced =
        report.invoices().stream()
            .map(RoyaltyReportView.InvoiceRef::amount)
            .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
    return report.current().due().subtract(invoiced);
  }

  /** The confirmation's words: the version, and the invoice or credit note it issues. */
  public String getAcceptanceText() {
    if (report == null) {
      return "";
    }
    java.math.BigDecimal amount = getToInvoice();
    String key =
        amount.signum() > 0
            ? "review.accept.invoice"
            : amount.signum() < 0 ? "review.accept.creditNote" : "review.accept.nothing";
    return Messages.text(
        key, report.current().number(), licFmt.money(amount.abs(), report.currency()));
  }

  /** Accepts the version shown; the page again by a redirect, with the invoice issued. */
  public String accept() {
    if (report == null) {
      return null;
    }
    int version = report.current().number();
    RoyaltyReportView[] accepted = new RoyaltyReportView[1];
    if (!Messages.attempt("review", () -> accepted[0] = reports.accept(id, version))) {
      confirmingAcceptance = false;
      load();
      return null;
    }
    java.util.List<RoyaltyReportView.InvoiceRef> issued = accepted[0].invoices();
    return issued.size() > report.invoices().size()
        ? Messages.reloadAfter("review.accepted", issued.get(issued.size() - 1).number())
        : Messages.reloadAfter("review.acceptedNothing");
  }

  /** Queries the version shown with the question typed; kept on a refusal. */
  public String query() {
    if (report == null) {
      return null;
    }
    int version = report.current().number();
    if (!Messages.attempt("query", () -> reports.query(id, version, question))) {
      return null;
    }
    return Messages.reloadAfter("review.queried");
  }

  /** Answers the open query with the text typed; kept on a refusal. */
  public String answer() {
    if (!Messages.attempt("answerForm", () -> reports.answer(id, answer, null))) {
      return null;
    }
    return Messages.reloadAfter("review.answered");
  }

  public boolean isConfirmingAcceptance() {
    return confirmingAcceptance;
  }

  public String getQuestion() {
    return question;
  }

  public void setQuestion(String question) {
    this.question = question;
  }

  public String getAnswer() {
    return answer;
  }

  public void setAnswer(String answer) {
    this.answer = answer;
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
