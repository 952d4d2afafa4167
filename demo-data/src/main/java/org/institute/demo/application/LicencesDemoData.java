package org.institute.demo.application;

import static org.institute.demo.application.LicensingDemoSteps.at;
import static org.institute.demo.application.LicensingDemoSteps.execute;
import static org.institute.demo.application.LicensingDemoSteps.step;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealTerms;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.LicensingImport;
import org.institute.licensing.NewPayment;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.RoyaltyTier;
import org.institute.partners.PartnerDirectory;

/**
 * The five licences from NTU to Chinese companies executed in 2020 for S$1,700,000 in all (the
 * announced "RMB 8.6 million"), each paid in full.
 */
@ApplicationScoped
public class LicencesDemoData {

  @Inject private LicensingImport history;
  @Inject private PartnerDirectory partners;

  private List<Long> families;

  /**
   * Late-payment interest, % a year, of the licences whose staff use the portal (decision 0104).
   */
  private static final java.util.Map<String, BigDecimal> LATE_INTEREST =
      java.util.Map.of("HUAXIN", new BigDecimal("5.0"), "KANGDA", new BigDecimal("6.0"));

  /** The licence of each licensee company, by the company's code. */
  private final java.util.Map<String, Long> byLicensee = new java.util.HashMap<>();

  /** The demo licence of the licensee company with this code (once loaded). */
  public long dealOf(String licensee) {
    return byLicensee.get(licensee);
  }

  /** Loads the licences on the given patent families (by their index in the demo's list). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void load(List<Long> families) {
    this.families = families;
    // the five NTU licences to Chinese companies, executed and paid in 2020: S$1,700,000 in all
    licensed(
        1,
        "HUAXIN",
        "Sepsis biosensor licence",
        "脓毒症生物传感器许可",
        "In-vitro diagnostics",
        "450000",
        "2019-10-08",
        "2020-01-15");
    licensed(
        4,
        "LINGAN",
        "Edge video analytics licence",
        "边缘视频分析许可",
        "Industrial video analytics",
        "380000",
        "2019-12-02",
        "2020-03-20");
    licensed(
        7,
        "XINNENG",
        "Solid-state electrolyte licence",
        "固态电解质许可",
        "Electric vehicle batteries",
        "320000",
        "2020-03-11",
        "2020-06-10");
    licensed(
        10,
        "ZHIYUN",
        "District cooling digital twin licence",
        "区域供冷数字孪生许可",
        "Building energy management",
        "300000",
        "2020-06-01",
        "2020-09-08");
    licensed(
        13,
        "KANGDA",
        "Wearable ECG licence",
        "可穿戴心电监测许可",
        "Medical devices",
        "250000",
        "2020-08-17",
        "2020-11-16");
  }

  /** An NTU licence executed and paid in full: its term runs ten years from signing. */
  private void licensed(
      int family,
      String licensee,
      String title,
      String titleZh,
      String field,
      String fee,
      String created,
      String signed) {
    LocalDate signing = LocalDate.parse(signed);
    DealTerms terms =
        new DealTerms(
            title,
            titleZh,
            LicensingDemoSteps.partner(partners, licensee),
            List.of(families.get(family)),
            field,
            "Mainland China",
            Exclusivity.EXCLUSIVE,
            signing,
            signing.plusYears(10),
            "SGD",
            new BigDecimal(fee),
            new BigDecimal("3.0"),
            BigDecimal.ZERO,
            List.of(),
            // illustrative (docs/demo-data.md): 3 % of a licence year's net sales, 2 % above S$2M
            List.of(new RoyaltyTier(new BigDecimal("2000000"), new BigDecimal("2.0"))),
            // illustrative (docs/demo-data.md): late-payment interest in two of the licences
            LATE_INTEREST.get(licensee));
    long deal =
        history.deal(
            terms,
            List.of(
                step(DealAction.CREATE, "ntu.staff", created, null),
                step(
                    DealAction.SUBMIT,
                    "ntu.staff",
                    LocalDate.parse(created).plusDays(7).toString(),
                    null),
                step(
                    DealAction.APPROVE,
                    "admin",
                    LocalDate.parse(created).plusDays(21).toString(),
                    "Approved by the IP committee."),
                execute("ntu.staff", signed),
                step(DealAction.ACTIVATE, "system", signed, null)));
    byLicensee.put(licensee, deal);
    history.payment(
        deal,
        new NewPayment(
            signing.plusDays(14),
            new BigDecimal(fee),
            "SGD",
            PaymentPurpose.UPFRONT_FEE,
            "Upfront fee, paid in full",
            null),
        "ntu.staff",
        at(signing.plusDays(14).toString()));
  }
}
