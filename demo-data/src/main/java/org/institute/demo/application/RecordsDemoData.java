package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.institute.core.PartnerId;
import org.institute.core.Transactions;
import org.institute.licensing.FamilyRow;
import org.institute.licensing.Patents;
import org.institute.partners.PartnerDirectory;
import org.institute.records.CentreKind;
import org.institute.records.CentreStatus;
import org.institute.records.CentreView;
import org.institute.records.Investigator;
import org.institute.records.NewCentre;
import org.institute.records.NewProject;
import org.institute.records.NewPublication;
import org.institute.records.ProjectStatus;
import org.institute.records.ProjectView;
import org.institute.records.ResearchRecords;

/**
 * The institute's research track record of DOMAIN.md: three R&D centres and three joint research
 * centres, exactly 45 research projects started 2015-2020 and 92 journal papers, and the KPI
 * targets to 2025 beside the announced track record. Titles, people, budgets and DOIs are
 * illustrative (docs/demo-data.md). Runs inside {@link DemoData#load}, as the system.
 */
@ApplicationScoped
public class RecordsDemoData {

  static final int PROJECTS = 45;

  /**
   * Projects of the next phase, started 2021-2025 (the council's target is at least 40), and those
   * started this year: the dashboard shows the phase's real progress, not an empty target.
   */
  static final int NEXT_PHASE_PROJECTS = 41;

  static final int PROJECTS_THIS_YEAR = 5;
  static final int PUBLICATIONS = 92;
  private static final Logger LOG = Logger.getLogger(RecordsDemoData.class.getName());

  /** Research themes per R&D area: English, Chinese. */
  private static final String[][][] THEMES = {
    { // digital technologies
      {"Federated learning", "联邦学习"}, {"Edge computing", "边缘计算"},
      {"Computer vision", "计算机视觉"}, {"Digital twins", "数字孪生"},
      {"Trustworthy AI", "可信人工智能"}, {"Big data analytics", "大数据分析"},
      {"Blockchain ledgers", "区块链账本"}, {"Natural language processing", "自然语言处理"}
    },
    { // new energy
      {"Solid-state batteries", "固态电池"}, {"Perovskite solar cells", "钙钛矿太阳能电池"},
      {"Hydrogen fuel cells", "氢燃料电池"}, {"Smart grid control", "智能电网控制"},
      {"Energy storage scheduling", "储能调度"}, {"Offshore wind forecasting", "海上风电预测"},
      {"Thermal management", "热管理"}, {"Power electronics", "电力电子"}
    },
    { // biomedical
      {"Gene editing", "基因编辑"}, {"Medical imaging", "医学影像"},
      {"Drug delivery systems", "药物递送系统"}, {"Biosensors", "生物传感器"},
      {"Tissue engineering", "组织工程"}, {"Cancer immunotherapy", "肿瘤免疫治疗"},
      {"Wearable health monitoring", "可穿戴健康监测"}, {"Antimicrobial materials", "抗菌材料"}
    }
  };

  private static final String[][] SETTINGS = {
    {"for smart cities", "面向智慧城市"}, {"for advanced manufacturing", "面向先进制造"},
    {"in the Greater Bay Area", "在粤港澳大湾区"}, {"for healthcare", "面向医疗健康"},
    {"at industrial scale", "面向产业化"}
  };

  private static final String[][] JOURNALS = {
    {"IEEE Transactions on Neural Networks and Learning Systems", "10.1109"},
    {"IEEE Internet of Things Journal", "10.1109"},
    {"Applied Energy", "10.1016"},
    {"Advanced Energy Materials", "10.1002"},
    {"Nature Communications", "10.1038"},
    {"Biomaterials", "10.1016"}
  };

  private static final String[] NTU_PEOPLE = {
    "Prof. Tan Kok Wai",
    "Prof. Lim Siew Hong",
    "Assoc. Prof. Chen Yuting",
    "Prof. Rajesh Kumar",
    "Assoc. Prof. Ng Hui Min"
  };
  private static final String[] SCUT_PEOPLE = {
    "王建国 Wang Jianguo", "李晓红 Li Xiaohong", "张伟 Zhang Wei", "刘洋 Liu Yang", "陈静怡 Chen Jingyi"
  };

  @Inject private Transactions transactions;
  @Inject private ResearchRecords records;
  @Inject private KpiTargetsDemoData targets;
  @Inject private PartnerDirectory partners;
  @Inject private Patents patents;
  @Inject private Clock clock;

  /** Loads everything; called from {@link DemoData} after the partners exist. */
  void load() {
    PartnerId ntu = partner("NTU");
    PartnerId scut = partner("SCUT");
    PartnerId gkc = partner("GKC");
    List<CentreView> rdCentres =
        List.of(
            centre(
                "DIGITAL",
                "R&D Centre for Digital Technologies",
                "数字技术研发中心",
                CentreKind.RD_CENTRE,
                ntu,
                Set.of(ntu, scut, gkc),
                4200),
            centre(
                "NEWENERGY",
                "R&D Centre for New Energy",
                "新能源研发中心",
                CentreKind.RD_CENTRE,
                scut,
                Set.of(ntu, scut, gkc),
                3800),
            centre(
                "BIOMED",
                "R&D Centre for Biomedical Sciences",
                "生物医药研发中心",
                CentreKind.RD_CENTRE,
                ntu,
                Set.of(ntu, scut, gkc),
                3600));
    PartnerId shuzhi = partner("SHUZHI");
    PartnerId nanneng = partner("NANNENG");
    PartnerId jiyin = partner("JIYIN");
    List<CentreView> jointCentres =
        List.of(
            centre(
                "JRC-SHUZHI",
                "SCUT-Shuzhi Joint Research Centre for Intelligent Systems",
                "华工—数智智能系统联合研究中心",
                CentreKind.JOINT_RESEARCH_CENTRE,
                scut,
                Set.of(scut, shuzhi),
                900),
            centre(
                "JRC-NANNENG",
                "SSIJRI-Nanneng Joint Research Centre for Smart Energy",
                "中新院—南能智慧能源联合研究中心",
                CentreKind.JOINT_RESEARCH_CENTRE,
                ntu,
                Set.of(ntu, scut, nanneng),
                1100),
            centre(
                "JRC-JIYIN",
                "SCUT-Jiyin Joint Research Centre for Genomic Medicine",
                "华工—基因基因组医学联合研究中心",
                CentreKind.JOINT_RESEARCH_CENTRE,
                scut,
                Set.of(scut, jiyin),
                800));
    List<ProjectView> projects = new ArrayList<>();
    for (int i = 0; i < PROJECTS; i++) {
      int area = i % 3;
      boolean joint = i % 5 == 4; // every fifth project runs in the area's joint research centre
      CentreView centre = joint ? jointCentres.get(area) : rdCentres.get(area);
      int year = 2015 + i * 6 / PROJECTS; // 2015..2020, 7 or 8 a year
      LocalDate start = LocalDate.of(year, 1 + (i * 5) % 12, 1 + (i * 7) % 28);
      projects.add(
          records.recordProject(
              project(i, area, centre, ntu, scut, start, LocalDate.of(2020, 12, 8))));
    }
    transactions.checkpoint();
    LocalDate today = LocalDate.now(clock);
    for (int k = 0; k < NEXT_PHASE_PROJECTS + PROJECTS_THIS_YEAR; k++) {
      int i = PROJECTS + k;
      int area = i % 3;
      boolean joint = i % 5 == 4;
      CentreView centre = joint ? jointCentres.get(area) : rdCentres.get(area);
      int year = k < NEXT_PHASE_PROJECTS ? 2021 + k * 5 / NEXT_PHASE_PROJECTS : today.getYear();
      // this year's projects start before today, whichever day the demo is loaded
      int lastMonth = year == today.getYear() ? today.getMonthValue() : 12;
      LocalDate start = LocalDate.of(year, 1 + (i * 5) % lastMonth, 1 + (i * 7) % 28);
      if (start.isAfter(today)) {
        start = today.withDayOfMonth(1);
      }
      records.recordProject(project(i, area, centre, ntu, scut, start, today));
    }
    transactions.checkpoint();
    for (int n = 0; n < PUBLICATIONS; n++) {
      ProjectView project = projects.get(n % PROJECTS);
      records.recordPublication(publication(n, project));
      if (n % 30 == 29) {
        transactions.checkpoint();
      }
    }
    transactions.checkpoint();
    targets.load();
    int links = patentFamilies(projects);
    LOG.info(
        "demo research records loaded: 6 centres, "
            + PROJECTS
            + " + "
            + (NEXT_PHASE_PROJECTS + PROJECTS_THIS_YEAR)
            + " projects, "
            + PUBLICATIONS
            + " publications, "
            + links
            + " patent family links, 7 KPI targets");
  }

  /**
   * The first six projects name the first six families of the register (by reference) as their
   * outputs, the first one also the seventh. Counts nothing a KPI reads: the figures stay as they
   * are. The licensing demo data has loaded before.
   */
  private int patentFamilies(List<ProjectView> projects) {
    List<FamilyRow> families = patents.list(null, "reference", 0, 7).families();
    int links = 0;
    for (int i = 0; i < Math.min(6, families.size()); i++) {
      records.linkPatentFamily(projects.get(i).id(), families.get(i).id());
      links++;
    }
    if (families.size() > 6) {
      records.linkPatentFamily(projects.get(0).id(), families.get(6).id());
      links++;
    }
    return links;
  }

  /**
   * The i-th project, started on {@code start}; it is completed (the 14th terminated) if it ended
   * before {@code asOf}, else active.
   */
  private NewProject project(
      int i,
      int area,
      CentreView centre,
      PartnerId ntu,
      PartnerId scut,
      LocalDate start,
      LocalDate asOf) {
    String[] theme = THEMES[area][i / 3 % THEMES[area].length];
    String[] setting = SETTINGS[i % SETTINGS.length];
    int year = start.getYear();
    LocalDate end = start.plusYears(2 + i % 3).minusDays(1);
    // projects of joint centres without NTU are SCUT's and the industry partner's alone
    boolean withNtu = centre.partners().contains(ntu);
    boolean ntuLeads = withNtu && i % 2 == 0;
    List<Investigator> investigators = new ArrayList<>();
    if (withNtu) {
      investigators.add(new Investigator(NTU_PEOPLE[i % NTU_PEOPLE.length], ntu));
    }
    investigators.add(new Investigator(SCUT_PEOPLE[(i + 2) % SCUT_PEOPLE.length], scut));
    if (!ntuLeads) {
      java.util.Collections.reverse(investigators);
    }
    Set<PartnerId> involved = new LinkedHashSet<>();
    centre.partners().stream()
        .filter(p -> !p.equals(ntu) && !p.equals(scut))
        .filter(p -> centre.kind() == CentreKind.JOINT_RESEARCH_CENTRE)
        .forEach(involved::add);
    ProjectStatus status =
        end.isBefore(asOf)
            ? (i == 13 ? ProjectStatus.TERMINATED : ProjectStatus.COMPLETED)
            : ProjectStatus.ACTIVE;
    long amount = 250_000L + (i * 37L % 11) * 50_000L;
    return new NewProject(
        theme[0] + " " + setting[0],
        setting[1] + "的" + theme[1] + "研究",
        centre.id(),
        investigators,
        involved,
        start,
        end,
        ntuLeads ? Long.toString(amount) : Long.toString(amount * 5),
        ntuLeads ? "SGD" : "CNY",
        status,
        "GC-" + (year == 2015 ? 2015 : year - 1) + "-" + String.format("%02d", 1 + i % 7));
  }

  private NewPublication publication(int n, ProjectView project) {
    String[] journal = JOURNALS[(int) ((n + project.centreId()) % JOURNALS.length)];
    int year = Math.min(2020, project.startDate().getYear() + 1 + n / PROJECTS);
    String[] authors =
        project.investigators().stream().map(Investigator::name).toArray(String[]::new);
    return new NewPublication(
        (n / PROJECTS == 0 ? "Advances in " : "A study of ") + project.titleEn().toLowerCase(),
        journal[0],
        year,
        journal[1] + "/ssijri." + year + "." + String.format("%04d", 1001 + n),
        String.join("; ", authors) + "; et al.",
        project.id());
  }

  private CentreView centre(
      String code,
      String en,
      String zh,
      CentreKind kind,
      PartnerId lead,
      Set<PartnerId> members,
      int sqm) {
    return records.setUpCentre(
        new NewCentre(code, en, zh, kind, lead, members, CentreStatus.ACTIVE, sqm));
  }

  private PartnerId partner(String code) {
    return partners
        .findByCode(code)
        .orElseThrow(() -> new IllegalStateException("demo partner missing: " + code))
        .id();
  }
}
