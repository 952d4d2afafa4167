package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.Accounts;
import org.institute.core.NewAccount;
import org.institute.core.Role;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealTerms;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.Jurisdiction;
import org.institute.licensing.LicensingImport;
import org.institute.licensing.LicensingImport.Step;
import org.institute.licensing.MilestoneTerm;
import org.institute.licensing.NewApplication;
import org.institute.licensing.NewPatentFamily;
import org.institute.licensing.NewPayment;
import org.institute.licensing.PaymentPurpose;
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

  @Inject private LicensingImport history;
  @Inject private PartnerDirectory partners;
  @Inject private Accounts accounts;

  @Inject
  @ConfigProperty(name = "institute.demo.password")
  private String password;

  private long ntu;
  private long scut;
  private final List<Long> families = new ArrayList<>();
  private int applications;

  @Transactional(Transactional.TxType.MANDATORY)
  public void load() {
    ntu = id("NTU");
    scut = id("SCUT");
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
    deals();
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

  private void deals() {
    // the five NTU licences to Chinese companies, executed and paid in 2020: S$1,700,000 in all
    licensed(
        1,
        "HUAXIN",
        "Sepsis biosensor licence",
        "In-vitro diagnostics",
        "450000",
        "2019-10-08",
        "2020-01-15");
    licensed(
        4,
        "LINGAN",
        "Edge video analytics licence",
        "Industrial video analytics",
        "380000",
        "2019-12-02",
        "2020-03-20");
    licensed(
        7,
        "XINNENG",
        "Solid-state electrolyte licence",
        "Electric vehicle batteries",
        "320000",
        "2020-03-11",
        "2020-06-10");
    licensed(
        10,
        "ZHIYUN",
        "District cooling digital twin licence",
        "Building energy management",
        "300000",
        "2020-06-01",
        "2020-09-08");
    licensed(
        13,
        "KANGDA",
        "Wearable ECG licence",
        "Medical devices",
        "250000",
        "2020-08-17",
        "2020-11-16");

    // a draft
    deal(
        16,
        "ZHIYUN",
        "Traffic prediction licence (draft)",
        "SGD",
        "120000",
        "2026-11-02",
        step(DealAction.CREATE, "ntu.staff", "2026-11-02", null));
    // submitted by NTU staff, nobody else's consent needed: waits for an admin's approval
    deal(
        19,
        "HUAXIN",
        "Nanoparticle liver therapy licence",
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

  /** An NTU licence executed and paid in full: its term runs ten years from signing. */
  private void licensed(
      int family,
      String licensee,
      String title,
      String field,
      String fee,
      String created,
      String signed) {
    LocalDate signing = LocalDate.parse(signed);
    DealTerms terms =
        new DealTerms(
            title,
            id(licensee),
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
            List.of());
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

  private void deal(
      int family,
      String licensee,
      String title,
      String currency,
      String upfront,
      String start,
      Step... steps) {
    LocalDate termStart = LocalDate.parse(start).plusMonths(4).withDayOfMonth(1);
    DealTerms terms =
        new DealTerms(
            title,
            id(licensee),
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
            List.of(new MilestoneTerm("Regulatory approval in China", BigDecimal.ZERO, null)));
    history.deal(terms, List.of(steps));
  }

  private void family(NewPatentFamily family, List<NewApplication> apps, LocalDate created) {
    families.add(history.family(family, apps, at(created.toString())));
    applications += apps.size();
  }

  private static Step step(DealAction action, String user, String date, String comment) {
    return Step.of(action, user, at(date), comment);
  }

  private static Step execute(String user, String date) {
    return new Step(
        DealAction.EXECUTE,
        user,
        at(date),
        "Signed by both parties.",
        LocalDate.parse(date),
        pdf(date));
  }

  private static Instant at(String date) {
    return Instant.parse(date + "T02:00:00Z");
  }

  /** A small but well-formed PDF standing in for the signed agreement. */
  static byte[] pdf(String label) {
    String text = "Licence agreement signed " + label;
    String stream = "BT /F1 14 Tf 72 720 Td (" + text + ") Tj ET";
    String pdf =
        "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
            + "/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
            + "4 0 obj<</Length "
            + stream.length()
            + ">>stream\n"
            + stream
            + "\nendstream endobj\n"
            + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
            + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.ISO_8859_1);
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

  private long id(String code) {
    return partners
        .findByCode(code)
        .orElseThrow(() -> new IllegalStateException("no partner " + code))
        .id()
        .value();
  }
}
