package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.institute.licensing.DistributionLineView;
import org.institute.licensing.DistributionPolicyView;
import org.institute.licensing.DistributionTier;
import org.institute.licensing.Distributions;
import org.institute.licensing.NewDistributionPolicy;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.web.platform.faces.Messages;
import org.institute.web.platform.faces.TableInputs;

/**
 * The institutions' distribution policies (decision 0107): every version with its standing, the
 * form of a new one (starting from the tiers in force for the chosen institution), and a preview of
 * what a recorded payment would give under the draft. The module checks everything; refusals show
 * beside the tier's field they name, with every value kept. Saving asks for confirmation and
 * reloads the page (Post/Redirect/Get).
 */
@Named("distributionPolicyPage")
@ViewScoped
public class DistributionPolicyBean implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FORM = "policyForm";

  @Inject private Distributions distributions;
  @Inject private PartnerDirectory partners;

  private List<DistributionPolicyView> versions;
  private Long partnerId;
  private LocalDate effectiveFrom;
  private String note;
  private final List<TierRow> tiers = new ArrayList<>(List.of(new TierRow()));
  private Long paymentId;
  private Distributions.Preview preview;
  private List<DistributionLineView> payments;
  private Long paymentsOf;

  /** One tier in the form. */
  public static class TierRow implements Serializable {
    private static final long serialVersionUID = 1L;
    private BigDecimal fromSgd = BigDecimal.ZERO;
    private BigDecimal inventorsPercent;

    static TierRow of(DistributionTier t) {
      TierRow row = new TierRow();
      row.fromSgd = LicensingFormat.plain(t.fromSgd());
      row.inventorsPercent = LicensingFormat.plain(t.inventorsPercent());
      return row;
    }

    DistributionTier tier() {
      return new DistributionTier(fromSgd, inventorsPercent);
    }

    public BigDecimal getFromSgd() {
      return fromSgd;
    }

    public void setFromSgd(BigDecimal fromSgd) {
      this.fromSgd = fromSgd;
    }

    public BigDecimal getInventorsPercent() {
      return inventorsPercent;
    }

    public void setInventorsPercent(BigDecimal inventorsPercent) {
      this.inventorsPercent = inventorsPercent;
    }
  }

  public List<DistributionPolicyView> getVersions() {
    if (versions == null) {
      versions = distributions.policies();
    }
    return versions;
  }

  public List<PartnerSummary> getInstitutions() {
    return DistributionStatementBean.institutions(partners);
  }

  /** A version's tiers in the reader's language, one per line. */
  public List<String> tiersOf(DistributionPolicyView v) {
    List<String> lines = new ArrayList<>();
    List<DistributionTier> list = v.tiers();
    for (int i = 0; i < list.size(); i++) {
      DistributionTier t = list.get(i);
      String percent = LicensingFormat.plain(t.inventorsPercent()).toPlainString();
      lines.add(
          i + 1 < list.size()
              ? Messages.text(
                  "distributionPolicy.tier.upTo",
                  percent,
                  amount(t.fromSgd()),
                  amount(list.get(i + 1).fromSgd()))
              : Messages.text("distributionPolicy.tier.above", percent, amount(t.fromSgd())));
    }
    return lines;
  }

  private static String amount(BigDecimal sgd) {
    return new java.text.DecimalFormat(
            "#,##0.##", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT))
        .format(sgd);
  }

  /** Starts the form from the tiers in force for the chosen institution, if it has any. */
  public void choosePartner() {
    preview = null;
    getVersions().stream()
        .filter(
            v ->
                partnerId != null
                    && v.partnerId() == partnerId
                    && v.standing() == DistributionPolicyView.Standing.IN_FORCE)
        .findFirst()
        .ifPresent(
            v -> {
              tiers.clear();
              v.tiers().forEach(t -> tiers.add(TierRow.of(t)));
            });
  }

  /**
   * Recent payments whose lines the chosen institution had, newest first (at most 20); read once
   * per chosen institution, not at each look-up the page makes.
   */
  public List<DistributionLineView> getPayments() {
    if (partnerId == null) {
      return List.of();
    }
    if (payments != null && partnerId.equals(paymentsOf)) {
      return payments;
    }
    Map<Long, DistributionLineView> byPayment = new LinkedHashMap<>();
    for (DistributionLineView l : distributions.statement(partnerId, null, null, null, null)) {
      byPayment.putIfAbsent(l.paymentId(), l);
      if (byPayment.size() == 20) {
        break;
      }
    }
    payments = new ArrayList<>(byPayment.values());
    paymentsOf = partnerId;
    return payments;
  }

  public void addTier() {
    tiers.add(new TierRow());
  }

  public void removeTier(TierRow row) {
    tiers.remove(row);
  }

  /** What the chosen payment gave and would give under the draft; nothing is saved. */
  public void runPreview() {
    preview = null;
    if (paymentId == null) {
      Messages.error(FORM + ":paymentId", "field.required");
      return;
    }
    Distributions.Preview[] result = new Distributions.Preview[1];
    if (Messages.attempt(
        FORM,
        TableInputs.of("tiers"),
        () -> result[0] = distributions.preview(paymentId, draft()))) {
      preview = result[0];
    }
  }

  /** Saves the new version; on success the page again, by a redirect, with what was saved. */
  public String save() {
    DistributionPolicyView[] saved = new DistributionPolicyView[1];
    if (Messages.attempt(
        FORM, TableInputs.of("tiers"), () -> saved[0] = distributions.savePolicy(draft()))) {
      return Messages.reloadAfter(
          "distributionPolicy.saved", saved[0].partnerName(), saved[0].effectiveFrom());
    }
    return null;
  }

  private NewDistributionPolicy draft() {
    return new NewDistributionPolicy(
        partnerId, effectiveFrom, tiers.stream().map(TierRow::tier).toList(), note);
  }

  public List<TierRow> getTiers() {
    return tiers;
  }

  public Distributions.Preview getPreview() {
    return preview;
  }

  public Long getPartnerId() {
    return partnerId;
  }

  public void setPartnerId(Long partnerId) {
    this.partnerId = partnerId;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public Long getPaymentId() {
    return paymentId;
  }

  public void setPaymentId(Long paymentId) {
    this.paymentId = paymentId;
  }
}
