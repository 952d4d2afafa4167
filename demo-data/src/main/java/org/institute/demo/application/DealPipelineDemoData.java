package org.institute.demo.application;

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
import org.institute.licensing.LicensingImport.Step;
import org.institute.licensing.MilestoneTerm;
import org.institute.partners.PartnerDirectory;

/**
 * Licence deals in every state other than the five executed licences of 2020, so that the pipeline
 * and the inboxes have work in them: drafts, deals waiting for a co-owner's consent or a second
 * admin, approved, signed, sent back, rejected, terminated and expired.
 */
@ApplicationScoped
public class DealPipelineDemoData {

  @Inject private LicensingImport history;
  @Inject private PartnerDirectory partners;

  private List<Long> families;

  /** Loads the deals on the given patent families (by their index in the demo's list). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void load(List<Long> families) {
    this.families = families;
    // a draft
    deal(
        16,
        "ZHIYUN",
        "Traffic prediction licence (draft)",
        "交通预测许可（草稿）",
        "SGD",
        "120000",
        "2026-11-02",
        step(DealAction.CREATE, "ntu.staff", "2026-11-02", null));
    // submitted by NTU staff, nobody else's consent needed: waits for an admin's approval
    deal(
        19,
        "HUAXIN",
        "Nanoparticle liver therapy licence",
        "纳米颗粒肝病治疗许可",
        "SGD",
        "180000",
        "2026-11-10",
        step(DealAction.CREATE, "ntu.staff", "2026-11-10", null),
        step(
            DealAction.SUBMIT,
            "ntu.staff",
            "2026-11-20",
            "Licensee signed the term sheet on 18 November."));
    // NTU/SCUT family: waits for SCUT's consent
    deal(
        0,
        "XINNENG",
        "Edge AI accelerator licence",
        "边缘人工智能加速器许可",
        "CNY",
        "900000",
        "2026-11-12",
        step(DealAction.CREATE, "ntu.staff", "2026-11-12", null),
        step(
            DealAction.SUBMIT, "ntu.staff", "2026-11-23", "SCUT's consent requested as co-owner."));
    // drafted and submitted by the IP office: NTU consented, SCUT still to consent
    deal(
        3,
        "LINGAN",
        "Federated learning licence",
        "联邦学习许可",
        "SGD",
        "260000",
        "2026-10-20",
        step(DealAction.CREATE, "ip.office", "2026-10-20", null),
        step(DealAction.SUBMIT, "ip.office", "2026-10-28", null),
        step(DealAction.CONSENT, "ntu.staff", "2026-11-04", "NTU agrees."));
    // above S$500,000: one admin approved, a second must
    deal(
        22,
        "KANGDA",
        "Bone scaffold exclusive licence",
        "骨支架独占许可",
        "SGD",
        "650000",
        "2026-10-01",
        step(DealAction.CREATE, "ntu.staff", "2026-10-01", null),
        step(DealAction.SUBMIT, "ntu.staff", "2026-10-09", null),
        step(
            DealAction.APPROVE,
            "ip.office",
            "2026-10-15",
            "Valuation checked; needs a second admin."));
    // approved, waiting to be signed
    deal(
        2,
        "HUAXIN",
        "Sepsis biosensor China manufacturing licence",
        "脓毒症生物传感器中国生产许可",
        "CNY",
        "1200000",
        "2026-09-01",
        step(DealAction.CREATE, "scut.staff", "2026-09-01", null),
        step(DealAction.SUBMIT, "scut.staff", "2026-09-05", null),
        step(DealAction.APPROVE, "admin", "2026-09-12", null));
    // signed, its term begins next year
    deal(
        5,
        "LINGAN",
        "Magnesium stent licence",
        "镁合金支架许可",
        "SGD",
        "200000",
        "2026-09-01",
        step(DealAction.CREATE, "scut.staff", "2026-07-01", null),
        step(DealAction.SUBMIT, "scut.staff", "2026-07-08", null),
        step(DealAction.APPROVE, "admin", "2026-07-20", null),
        execute("scut.staff", "2026-10-15"));
    // sent back by the co-owner
    deal(
        6,
        "ZHIYUN",
        "Smart-city traffic licence",
        "智慧城市交通许可",
        "SGD",
        "150000",
        "2026-08-03",
        step(DealAction.CREATE, "scut.staff", "2026-08-03", null),
        step(DealAction.SUBMIT, "scut.staff", "2026-08-10", null),
        step(
            DealAction.REQUEST_CHANGES,
            "ntu.staff",
            "2026-08-14",
            "The territory must exclude Singapore."));
    // rejected
    deal(
        28,
        "KANGDA",
        "Cancer therapy field-limited licence",
        "癌症治疗限定领域许可",
        "SGD",
        "90000",
        "2026-05-04",
        step(DealAction.CREATE, "ntu.staff", "2026-05-04", null),
        step(DealAction.SUBMIT, "ntu.staff", "2026-05-06", null),
        step(
            DealAction.REJECT,
            "admin",
            "2026-05-20",
            "Conflicts with the exclusive licence of 2020."));
    // terminated and expired licences of NTU/SCUT families
    // (signed after 2020, so that the 2015-2020 track record stays the announced five licences)
    deal(
        9,
        "XINNENG",
        "Cooling network licence",
        "供冷网络许可",
        "SGD",
        "80000",
        "2021-02-01",
        step(DealAction.CREATE, "ntu.staff", "2021-02-01", null),
        step(DealAction.SUBMIT, "ntu.staff", "2021-02-05", null),
        step(DealAction.CONSENT, "scut.staff", "2021-02-09", null),
        step(DealAction.APPROVE, "admin", "2021-02-20", null),
        execute("ntu.staff", "2021-03-01"),
        step(DealAction.ACTIVATE, "system", "2021-06-01", null),
        step(DealAction.TERMINATE, "admin", "2023-04-30", "Licensee stopped the product line."));
    deal(
        12,
        "ZHIYUN",
        "Speech recognition evaluation licence",
        "语音识别评估许可",
        "SGD",
        "60000",
        "2021-06-01",
        step(DealAction.CREATE, "scut.staff", "2021-06-01", null),
        step(DealAction.SUBMIT, "scut.staff", "2021-06-04", null),
        step(DealAction.CONSENT, "ntu.staff", "2021-06-08", null),
        step(DealAction.APPROVE, "admin", "2021-06-15", null),
        execute("scut.staff", "2021-07-02"),
        step(DealAction.ACTIVATE, "system", "2021-10-01", null),
        step(DealAction.EXPIRE, "system", "2026-10-02", null));
  }

  private void deal(
      int family,
      String licensee,
      String title,
      String titleZh,
      String currency,
      String upfront,
      String start,
      Step... steps) {
    LocalDate termStart = LocalDate.parse(start).plusMonths(4).withDayOfMonth(1);
    DealTerms terms =
        new DealTerms(
            title,
            titleZh,
            LicensingDemoSteps.partner(partners, licensee),
            List.of(families.get(family)),
            "As described in the term sheet",
            "Mainland China and Hong Kong",
            Exclusivity.NON_EXCLUSIVE,
            termStart,
            termStart.plusYears(5),
            currency,
            new BigDecimal(upfront),
            new BigDecimal("2.5"),
            BigDecimal.ZERO,
            List.of(new MilestoneTerm("Regulatory approval in China", BigDecimal.ZERO, null)),
            null,
            null);
    history.deal(terms, List.of(steps));
  }
}
