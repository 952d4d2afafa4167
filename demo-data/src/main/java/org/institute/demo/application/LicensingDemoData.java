package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.Accounts;
import org.institute.core.NewAccount;
import org.institute.core.Role;
import org.institute.core.Transactions;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.CostKind;
import org.institute.licensing.Jurisdiction;
import org.institute.licensing.LicensingImport;
import org.institute.licensing.NewApplication;
import org.institute.licensing.NewPatentCost;
import org.institute.licensing.NewPatentFamily;
import org.institute.licensing.Share;
import org.institute.partners.PartnerDirectory;

/**
 * The institute's IP as announced (../shared/DOMAIN.md): 34 patent families with 79 applications in
 * CN, SG and PCT, NTU/SCUT co-owned families among them; five licences from NTU to Chinese
 * companies executed in 2020 for S$1,700,000 in all (RMB 8,599,960 at the 5.0588 of 2020-01-02, the
 * announced "RMB 8.6 million"), each paid in full; and deals in every other state so that the
 * pipeline and the inboxes have work in them. A second admin, {@code ip.office}, lets the two-admin
 * rule be shown.
 */
@ApplicationScoped
public class LicensingDemoData {

  private static final Logger LOG = Logger.getLogger(LicensingDemoData.class.getName());

  private static final String[][] INVENTIONS = {
    {"Edge AI accelerator for low-power video analytics", "digital technologies"},
    {"Graphene-enhanced lithium-sulfur battery cathode", "new energy"},
    {"Microfluidic biosensor for early sepsis detection", "biomedical"},
    {"Federated learning for hospital records without data sharing", "digital technologies"},
    {"Perovskite-silicon tandem solar cell encapsulation", "new energy"},
    {"Biodegradable magnesium stent with drug coating", "biomedical"},
    {"Privacy-preserving smart-city traffic prediction", "digital technologies"},
    {"Solid-state electrolyte for fast-charging batteries", "new energy"},
    {"CRISPR-based point-of-care dengue test", "biomedical"},
    {"Digital twin for district cooling networks", "digital technologies"},
    {"Hydrogen production by photocatalytic water splitting", "new energy"},
    {"Wearable ECG patch with on-chip arrhythmia detection", "biomedical"},
    {"Chinese-English speech recognition for noisy factories", "digital technologies"},
    {"Vanadium redox flow battery membrane", "new energy"},
    {"Bone scaffold printed from hydroxyapatite composite", "biomedical"},
    {"Blockchain ledger for cross-border trade documents", "digital technologies"},
    {"Wind turbine blade crack detection by drone imaging", "new energy"},
    {"Nanoparticle carrier for targeted liver cancer therapy", "biomedical"},
  };

  @Inject private Transactions transactions;
  @Inject private LicensingImport history;
  @Inject private PartnerDirectory partners;
  @Inject private Accounts accounts;
  @Inject private LicencesDemoData licences;
  @Inject private DealPipelineDemoData pipeline;
  @Inject private ComplianceDemoData compliance;

  @Inject
  @ConfigProperty(name = "institute.demo.password")
  private String password;

  private long ntu;
  private long scut;
  private final List<Long> families = new ArrayList<>();
  private int applications;

  @Transactional(Transactional.TxType.MANDATORY)
  public void load() {
    ntu = LicensingDemoSteps.partner(partners, "NTU");
    scut = LicensingDemoSteps.partner(partners, "SCUT");
    accounts.open(
        new NewAccount(
            "ip.office",
            "IP Office (Wong Mei Lin)",
            "ip.office@ssijri.example",
            "en",
            EnumSet.of(Role.ADMIN),
            null,
            password.toCharArray()));
    families();
    transactions.checkpoint();
    costs();
    inventors();
    distributionPolicies();
    transactions.checkpoint();
    // an illustrative named approver role (decision 0108); no approval policy of the demo asks for
    // it
    history.approverRole(
        new org.institute.licensing.NewApproverRole("legal-counsel", "Legal counsel", "法律顾问"),
        List.of("ip.office"),
        "admin",
        LicensingDemoSteps.at("2015-01-01"));
    licences.load(families);
    transactions.checkpoint();
    pipeline.load(families);
    transactions.checkpoint();
    // a year of quarterly royalty reports of Huaxin's and Kangda's licences (signed 2020-01-15 and
    // 2020-11-16 above), dated back from today
    compliance.load(
        licences.dealOf("HUAXIN"),
        LocalDate.of(2020, 1, 15),
        licences.dealOf("KANGDA"),
        LocalDate.of(2020, 11, 16));
    LOG.info(
        "licensing demo data loaded: "
            + families.size()
            + " patent families, "
            + applications
            + " applications, 16 licence deals");
  }

  /**
   * 30 families from 2015 to 2019 (71 applications filed by the end of 2020, the announced "over
   * 70"): every third co-owned by NTU and SCUT, the others NTU's or SCUT's alone; each has its
   * first filing and a PCT application, every other one a national phase entry. Four families of
   * 2025-2026 have deadlines ahead.
   */
  private void families() {
    for (int i = 0; i < 30; i++) {
      LocalDate priority = LocalDate.of(2015, 1, 1).plusMonths(2L * i);
      String[] invention = INVENTIONS[i % INVENTIONS.length];
      List<Share> owners =
          switch (i % 3) {
            case 0 ->
                i % 2 == 0
                    ? List.of(share(ntu, "50"), share(scut, "50"))
                    : List.of(share(ntu, "60"), share(scut, "40"));
            case 1 -> List.of(share(ntu, "100"));
            default -> List.of(share(scut, "100"));
          };
      boolean singapore = i % 3 == 1;
      List<NewApplication> apps = new ArrayList<>();
      Jurisdiction first = singapore ? Jurisdiction.SG : Jurisdiction.CN;
      apps.add(
          new NewApplication(
              first,
              number(first, priority, i),
              priority,
              ApplicationStatus.GRANTED,
              (singapore ? "SG" : "ZL") + (11000000 + i * 371)));
      LocalDate pct = priority.plusMonths(11);
      apps.add(
          new NewApplication(
              Jurisdiction.PCT,
              number(Jurisdiction.PCT, pct, i),
              pct,
              ApplicationStatus.PUBLISHED,
              null));
      if (i % 2 == 0) {
        Jurisdiction national = singapore ? Jurisdiction.CN : Jurisdiction.SG;
        LocalDate entry = priority.plusMonths(29);
        apps.add(
            new NewApplication(
                national,
                number(national, entry, i),
                entry,
                i < 16 ? ApplicationStatus.GRANTED : ApplicationStatus.FILED,
                i < 16 ? (singapore ? "ZL" : "SG") + (12000000 + i * 433) : null));
      }
      String title = invention[0] + (i >= INVENTIONS.length ? " (second generation)" : "");
      family(
          new NewPatentFamily(
              String.format("SSIJRI-%d-%03d", priority.getYear(), i + 1),
              title,
              invention[1],
              priority,
              owners),
          apps,
          priority);
    }
    // recent filings whose PCT and national-phase deadlines are still ahead
    LocalDate[] recent = {
      LocalDate.of(2025, 12, 10),
      LocalDate.of(2026, 2, 3),
      LocalDate.of(2026, 5, 18),
      LocalDate.of(2026, 9, 7)
    };
    for (int i = 0; i < recent.length; i++) {
      List<Share> owners =
          i % 2 == 0 ? List.of(share(ntu, "70"), share(scut, "30")) : List.of(share(ntu, "100"));
      Jurisdiction first = i % 2 == 0 ? Jurisdiction.CN : Jurisdiction.SG;
      String[] invention = INVENTIONS[(i * 5 + 3) % INVENTIONS.length];
      family(
          new NewPatentFamily(
              String.format("SSIJRI-%d-%03d", recent[i].getYear(), 31 + i),
              invention[0] + " (pilot line)",
              invention[1],
              recent[i],
              owners),
          List.of(
              new NewApplication(
                  first,
                  number(first, recent[i], 31 + i),
                  recent[i],
                  ApplicationStatus.FILED,
                  null)),
          recent[i]);
    }
  }

  /**
   * Costs on a few families (illustrative amounts, docs/demo-data.md): renewals and prosecution of
   * four co-owned families of 2015-2017 paid by NTU or SCUT since 2021, and the filing of the first
   * pilot-line family of 2025, so that the family pages show costs in both currencies and per
   * payer. Each note names the cost as its invoice does: CNIPA's in Chinese, the others in English.
   */
  private void costs() {
    for (int i = 0; i <= 9; i += 3) {
      long family = families.get(i);
      cost(family, CostKind.MAINTENANCE, ntu, "2021-03-15", "620.00", "SGD", "SG renewal, year 6");
      cost(family, CostKind.PROSECUTION, scut, "2022-06-20", "12500.00", "CNY", "国家知识产权局审查意见答复");
      cost(
          family,
          CostKind.MAINTENANCE,
          i % 2 == 0 ? scut : ntu,
          "2024-04-08",
          "4800.00",
          "CNY",
          "中国专利年费");
    }
    cost(
        families.get(30),
        CostKind.FILING,
        ntu,
        "2025-12-10",
        "3800.00",
        "SGD",
        "first filing, attorney");
    cost(families.get(30), CostKind.FILING, scut, "2025-12-10", "950.00", "CNY", "国家知识产权局申请费");
  }

  /** NTU's inventors (names in Latin script) and SCUT's (pinyin with the Chinese name). */
  private static final String[] NTU_INVENTORS = {
    "Tan Wei Ming", "Lim Hui Min", "Ng Kok Leong", "Chua Siew Ling", "Goh Jun Hao", "Ong Mei Xuan"
  };

  private static final String[] SCUT_INVENTORS = {
    "Chen Xiaofeng (陈晓峰)", "Liu Yang (刘洋)", "Wang Jing (王静)", "Zhang Wei (张伟)", "Huang Lei (黄磊)"
  };

  /**
   * Inventors on every demo family (illustrative names, docs/demo-data.md): two of each owning
   * institution, contributions in proportion to the institutions' shares, so that a co-owned
   * family's payments reach inventors of both; costs are recovered first on all of them.
   */
  private void inventors() {
    for (int i = 0; i < families.size(); i++) {
      long family = families.get(i);
      List<org.institute.licensing.Inventor> named = new ArrayList<>();
      boolean coOwned = i < 30 ? i % 3 == 0 : i % 2 == 0;
      boolean ntuOnly = i < 30 ? i % 3 == 1 : i % 2 == 1;
      if (coOwned) {
        BigDecimal ntuShare =
            i >= 30
                ? new BigDecimal("70")
                : i % 2 == 0 ? new BigDecimal("50") : new BigDecimal("60");
        BigDecimal scutShare = new BigDecimal("100").subtract(ntuShare);
        named.add(inventor(NTU_INVENTORS[i % 6], ntu, ntuShare.subtract(new BigDecimal("20"))));
        named.add(inventor(NTU_INVENTORS[(i + 1) % 6], ntu, new BigDecimal("20")));
        named.add(inventor(SCUT_INVENTORS[i % 5], scut, scutShare.subtract(new BigDecimal("10"))));
        named.add(inventor(SCUT_INVENTORS[(i + 2) % 5], scut, new BigDecimal("10")));
      } else if (ntuOnly) {
        named.add(inventor(NTU_INVENTORS[i % 6], ntu, new BigDecimal("60")));
        named.add(inventor(NTU_INVENTORS[(i + 3) % 6], ntu, new BigDecimal("40")));
      } else {
        named.add(inventor(SCUT_INVENTORS[i % 5], scut, new BigDecimal("70")));
        named.add(inventor(SCUT_INVENTORS[(i + 1) % 5], scut, new BigDecimal("30")));
      }
      history.sharing(
          family,
          new org.institute.licensing.FamilySharing(
              org.institute.licensing.CostRecovery.RECOVER_FIRST, named));
    }
  }

  private static org.institute.licensing.Inventor inventor(
      String name, long partner, BigDecimal contribution) {
    return new org.institute.licensing.Inventor(name, partner, contribution, null);
  }

  /**
   * NTU's and SCUT's distribution policies from 2015 (illustrative tiers, docs/demo-data.md): NTU
   * gives its inventors half of an invention's first S$100,000 and a third above; SCUT gives 70 %
   * of the first S$200,000 and half above.
   */
  private void distributionPolicies() {
    history.distributionPolicy(
        new org.institute.licensing.NewDistributionPolicy(
            ntu,
            LocalDate.of(2015, 1, 1),
            List.of(
                new org.institute.licensing.DistributionTier(BigDecimal.ZERO, new BigDecimal("50")),
                new org.institute.licensing.DistributionTier(
                    new BigDecimal("100000"), new BigDecimal("33.33"))),
            "Illustrative: half of the first S$100,000 of an invention's income, a third above"),
        "ip.office",
        LicensingDemoSteps.at("2015-01-01"));
    history.distributionPolicy(
        new org.institute.licensing.NewDistributionPolicy(
            scut,
            LocalDate.of(2015, 1, 1),
            List.of(
                new org.institute.licensing.DistributionTier(BigDecimal.ZERO, new BigDecimal("70")),
                new org.institute.licensing.DistributionTier(
                    new BigDecimal("200000"), new BigDecimal("50"))),
            "示例：前 200,000 新元的 70 %，超出部分的一半"),
        "ip.office",
        LicensingDemoSteps.at("2015-01-01"));
  }

  private void cost(
      long family,
      CostKind kind,
      long payer,
      String day,
      String amount,
      String currency,
      String note) {
    history.cost(
        family,
        new NewPatentCost(
            kind, payer, LocalDate.parse(day), new BigDecimal(amount), currency, note),
        "ip.office",
        LicensingDemoSteps.at(day));
  }

  private void family(NewPatentFamily family, List<NewApplication> apps, LocalDate created) {
    families.add(history.family(family, apps, LicensingDemoSteps.at(created.toString())));
    applications += apps.size();
  }

  private static String number(Jurisdiction j, LocalDate date, int i) {
    return switch (j) {
      case CN -> "CN" + date.getYear() + String.format("1%07d", 1234 + i * 97) + "." + (i % 10);
      case SG -> "10" + date.getYear() + String.format("%05d", 1200 + i * 37) + "W";
      case PCT ->
          "PCT/"
              + (i % 3 == 1 ? "SG" : "CN")
              + date.getYear()
              + "/"
              + String.format("%06d", 50100 + i * 13);
      default -> j + "-" + date.getYear() + "-" + i;
    };
  }

  private static Share share(long partner, String percent) {
    return new Share(partner, new BigDecimal(percent));
  }
}
