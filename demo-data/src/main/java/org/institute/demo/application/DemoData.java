package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.Accounts;
import org.institute.core.ExchangeRates;
import org.institute.core.NewAccount;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.core.SystemActor;
import org.institute.partners.Agreements;
import org.institute.partners.ContactPoint;
import org.institute.partners.Council;
import org.institute.partners.CouncilRole;
import org.institute.partners.DecisionOutcome;
import org.institute.partners.GoverningCouncil;
import org.institute.partners.NewAgreement;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerChanges;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerRegistry;
import org.institute.partners.PartnerRole;

/**
 * Seeds the institute as announced on 8 December 2020 (../shared/DOMAIN.md): its co-founders, the
 * Chongqing base's government partner, one account per role, and the SGD/CNY rates implied by the
 * announced figures. Runs once: an existing {@code admin} account means the data is there.
 */
@ApplicationScoped
public class DemoData {

  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

  /** Demo companies carry their current names from before the institute's first records. */
  private static final LocalDate COMPANIES_KNOWN_SINCE = LocalDate.of(2012, 1, 1);

  private static final Currency SGD = Currency.getInstance("SGD");
  private static final Currency CNY = Currency.getInstance("CNY");

  @Inject private Accounts accounts;
  @Inject private SystemActor system;
  @Inject private PartnerDirectory partners;
  @Inject private PartnerRegistry registry;
  @Inject private Agreements agreements;
  @Inject private GoverningCouncil council;
  @Inject private ExchangeRates rates;
  @Inject private LicensingDemoData licensing;
  @Inject private TalentDemoData talent;
  @Inject private RecordsDemoData records;
  @Inject private SpaceDemoData space;
  @Inject private FundingDemoData funding;

  @Inject
  @ConfigProperty(name = "institute.demo.password")
  private String password;

  @ActivateRequestContext
  @Transactional
  public void load() {
    if (accounts.find("admin").isPresent()) {
      LOG.info("demo data already present");
      return;
    }
    system.run(this::seed);
  }

  private void seed() {
    PartnerId ntu =
        partnerSince(
            LocalDate.of(1991, 7, 1),
            "NTU",
            "Nanyang Technological University, Singapore",
            "新加坡南洋理工大学",
            PartnerKind.UNIVERSITY,
            "SG",
            "Singapore",
            PartnerRole.CO_FOUNDER,
            PartnerRole.FUNDER,
            PartnerRole.CHONGQING_BASE_HOST);
    PartnerId scut =
        partnerSince(
            LocalDate.of(1952, 11, 17),
            "SCUT",
            "South China University of Technology",
            "华南理工大学",
            PartnerKind.UNIVERSITY,
            "CN",
            "Guangzhou",
            PartnerRole.CO_FOUNDER,
            PartnerRole.FUNDER);
    PartnerId csgkc =
        partnerSince(
            LocalDate.of(2010, 6, 30),
            "CSGKC",
            "China-Singapore Guangzhou Knowledge City Administrative Committee",
            "中新广州知识城管理委员会",
            PartnerKind.GOVERNMENT_BODY,
            "CN",
            "Guangzhou",
            PartnerRole.CO_FOUNDER,
            PartnerRole.FUNDER);
    // GKC Co. signed the founding agreement under its earlier name and was renamed in 2018
    // (an illustrative rename, see docs/demo-data.md): old agreements show the old name
    PartnerId gkc =
        partners
            .register(
                new NewPartner(
                    "GKC",
                    "Guangzhou Knowledge City Investment and Development Co., Ltd",
                    "广州知识城投资开发有限公司",
                    PartnerKind.STATE_OWNED_COMPANY,
                    "CN",
                    "Guangzhou",
                    Set.of(PartnerRole.CO_FOUNDER, PartnerRole.FUNDER),
                    List.of(
                        new ContactPoint(
                            "Commercialisation office",
                            "Supports commercialisation at CSGKC",
                            "commercialisation@gkc.example",
                            "+86 20 0000 0000")),
                    LocalDate.of(2014, 6, 1)))
            .id();
    long gkcVersion = registry.details(gkc).orElseThrow().version();
    registry.change(
        gkc,
        new PartnerChanges(
            gkcVersion,
            "CSGKC Investment and Development Co., Ltd",
            "中新广州知识城投资开发有限公司",
            LocalDate.of(2018, 6, 1),
            null,
            null,
            null,
            null,
            null,
            null));
    PartnerId ydpg =
        partnerSince(
            LocalDate.of(2000, 1, 1),
            "YDPG",
            "Chongqing Yubei District People's Government",
            "重庆市渝北区人民政府",
            PartnerKind.GOVERNMENT_BODY,
            "CN",
            "Chongqing",
            PartnerRole.CHONGQING_BASE_HOST);

    // Chinese companies that license NTU patents (the five licences of DOMAIN.md)
    partner(
        "HUAXIN",
        "Guangzhou Huaxin Biomedical Technology Co., Ltd",
        "广州华信生物医药科技有限公司",
        PartnerKind.PRIVATE_COMPANY,
        "CN",
        "Guangzhou",
        PartnerRole.LICENSEE);
    partner(
        "LINGAN",
        "Shenzhen Lingan Intelligent Systems Co., Ltd",
        "深圳灵安智能系统有限公司",
        PartnerKind.PRIVATE_COMPANY,
        "CN",
        "Shenzhen",
        PartnerRole.LICENSEE);
    partner(
        "XINNENG",
        "Guangdong Xinneng New Energy Materials Co., Ltd",
        "广东新能新能源材料有限公司",
        PartnerKind.PRIVATE_COMPANY,
        "CN",
        "Foshan",
        PartnerRole.LICENSEE);
    partner(
        "ZHIYUN",
        "Guangzhou Zhiyun Data Technology Co., Ltd",
        "广州智云数据科技有限公司",
        PartnerKind.PRIVATE_COMPANY,
        "CN",
        "Guangzhou",
        PartnerRole.LICENSEE);
    partner(
        "KANGDA",
        "Guangzhou Kangda Medical Devices Co., Ltd",
        "广州康达医疗器械有限公司",
        PartnerKind.STATE_OWNED_COMPANY,
        "CN",
        "Guangzhou",
        PartnerRole.LICENSEE);
    // tech companies in Xiantao International Big Data Valley, Yubei: hosts of NTU interns
    partner(
        "YUNBEI",
        "Chongqing Yunbei Big Data Co., Ltd",
        "重庆云北大数据有限公司",
        PartnerKind.PRIVATE_COMPANY,
        "CN",
        "Chongqing",
        PartnerRole.INTERNSHIP_HOST);
    partner(
        "XIANTAO-AI",
        "Chongqing Xiantao Artificial Intelligence Co., Ltd",
        "重庆仙桃人工智能有限公司",
        PartnerKind.PRIVATE_COMPANY,
        "CN",
        "Chongqing",
        PartnerRole.INTERNSHIP_HOST);
    partner(
        "SHANCHENG",
        "Chongqing Shancheng Smart Mobility Co., Ltd",
        "重庆山城智慧出行有限公司",
        PartnerKind.PRIVATE_COMPANY,
        "CN",
        "Chongqing",
        PartnerRole.INTERNSHIP_HOST);
    // industry partners of the three joint research centres
    partner(
        "SHUZHI",
        "Guangzhou Shuzhi Digital Technology Co., Ltd",
        "广州数智数字科技有限公司",
        PartnerKind.PRIVATE_COMPANY,
        "CN",
        "Guangzhou",
        PartnerRole.INDUSTRY_PARTNER);
    partner(
        "NANNENG",
        "Guangzhou Nanneng Smart Energy Co., Ltd",
        "广州南能智慧能源有限公司",
        PartnerKind.STATE_OWNED_COMPANY,
        "CN",
        "Guangzhou",
        PartnerRole.INDUSTRY_PARTNER);
    partner(
        "JIYIN",
        "Guangzhou Jiyin Biotechnology Co., Ltd",
        "广州基因生物科技有限公司",
        PartnerKind.PRIVATE_COMPANY,
        "CN",
        "Guangzhou",
        PartnerRole.INDUSTRY_PARTNER,
        PartnerRole.INTERNSHIP_HOST);

    account(
        "admin",
        "Institute Administrator",
        "admin@ssijri.example",
        "en",
        EnumSet.of(Role.ADMIN),
        null);
    account(
        "ntu.staff",
        "Tan Wei Ling",
        "ntu.staff@ntu.example",
        "en",
        EnumSet.of(Role.PARTNER_STAFF),
        ntu);
    account(
        "scut.staff",
        "李明 Li Ming",
        "scut.staff@scut.example",
        "zh-CN",
        EnumSet.of(Role.PARTNER_STAFF),
        scut);
    account(
        "gkc.staff",
        "陈静 Chen Jing",
        "gkc.staff@gkc.example",
        "zh-CN",
        EnumSet.of(Role.PARTNER_STAFF),
        gkc);
    account(
        "coordinator",
        "Programme Coordinator",
        "coordinator@ssijri.example",
        "en",
        EnumSet.of(Role.COORDINATOR),
        null);
    account(
        "council",
        "Governing Council Member",
        "council@ssijri.example",
        "en",
        EnumSet.of(Role.COUNCIL),
        null);
    account(
        "auditor",
        "Internal Auditor",
        "auditor@ssijri.example",
        "en",
        EnumSet.of(Role.AUDITOR),
        null);

    // S$61 million = RMB 300 million (the next phase) and S$1.7 million = RMB 8.6 million
    // (licences)
    rates.recordRate(
        LocalDate.of(2020, 12, 8), SGD, CNY, new BigDecimal("4.9180"), "announcement 2020-12-08");
    rates.recordRate(
        LocalDate.of(2020, 1, 2), SGD, CNY, new BigDecimal("5.0588"), "licence totals 2015-2020");
    agreementsAndCouncil(ntu, scut, csgkc, gkc, ydpg);
    licensing.load();
    talent.load();
    records.load();
    space.load();
    funding.load();
    LOG.info(
        "demo data loaded: 16 partners, 7 accounts, 2 exchange rates, 5 agreements, the council");
  }

  /** The agreements announced or implied in DOMAIN.md, and the Governing Council's record. */
  private void agreementsAndCouncil(
      PartnerId ntu, PartnerId scut, PartnerId csgkc, PartnerId gkc, PartnerId ydpg) {
    agreements.record(
        new NewAgreement(
            "Agreement on the establishment of the Sino-Singapore International Joint Research Institute",
            "关于设立中新国际联合研究院的协议",
            Set.of(ntu, scut, csgkc, gkc),
            LocalDate.of(2015, 11, 2),
            null,
            null,
            false,
            "The four co-founders incept the institute in Guangzhou Knowledge City (established 2017)."));
    agreements.record(
        new NewAgreement(
            "Agreement on deepened cooperation for the next phase of SSIJRI",
            "关于深化中新国际联合研究院合作的协议",
            Set.of(ntu, scut, csgkc, gkc),
            LocalDate.of(2020, 12, 8),
            LocalDate.of(2021, 1, 1),
            LocalDate.of(2025, 12, 31),
            false,
            "Funding of S$61 million (RMB 300 million) over five years; at least three R&D centres;"
                + " headquarters of 23,000 sqm at the China-Singapore Smart Park."));
    agreements.record(
        new NewAgreement(
            "Agreement on the NTU China (West) Entrepreneurship and Innovation Base",
            "南洋理工大学中国（西部）创新创业基地合作协议",
            Set.of(ntu, ydpg),
            LocalDate.of(2020, 12, 8),
            null,
            null,
            false,
            "The base in Xiantao International Big Data Valley, Yubei: MiniMasters, certification"
                + " courses and the NTU-YDPG internship programme."));
    agreements.record(
        new NewAgreement(
            "Memorandum on the NTU-YDPG internship programme",
            "南洋理工大学—渝北区实习项目备忘录",
            Set.of(ntu, ydpg),
            LocalDate.of(2020, 5, 15),
            null,
            LocalDate.of(2023, 5, 14),
            false,
            "NTU students intern at technology companies in Yubei in fields such as big data and AI."));
    agreements.record(
        new NewAgreement(
            "Commercialisation support agreement",
            "成果转化支持协议",
            Set.of(scut, gkc),
            LocalDate.of(2019, 3, 20),
            null,
            null,
            true,
            "Confidential terms of GKC Co.'s support for commercialising SCUT's outcomes at CSGKC."));

    council.appoint(
        new Council.NewMember(
            "Senior Vice-President (Research), NTU",
            "南洋理工大学高级副校长（科研）",
            "Co-chair of the Governing Council",
            ntu,
            CouncilRole.CO_CHAIR,
            LocalDate.of(2017, 1, 1)));
    council.appoint(
        new Council.NewMember(
            "Vice President, SCUT",
            "华南理工大学副校长",
            "Co-chair of the Governing Council",
            scut,
            CouncilRole.CO_CHAIR,
            LocalDate.of(2017, 1, 1)));
    council.appoint(
        new Council.NewMember(
            "Deputy Director, CSGKC Administrative Committee",
            "中新广州知识城管委会副主任",
            null,
            csgkc,
            CouncilRole.MEMBER,
            LocalDate.of(2017, 1, 1)));
    council.appoint(
        new Council.NewMember(
            "General Manager, GKC Co.",
            "知识城投资开发公司总经理",
            null,
            gkc,
            CouncilRole.MEMBER,
            LocalDate.of(2017, 1, 1)));
    Council.Meeting y2019 =
        council.recordMeeting(
            new Council.NewMeeting(
                LocalDate.of(2019, 12, 10), "Governing Council meeting 2019", "Guangzhou"));
    y2019 =
        council.recordDecision(
            y2019.id(),
            new Council.NewDecision(
                y2019.version(),
                "Adopt the institute's annual report for 2019.",
                DecisionOutcome.APPROVED));
    council.recordDecision(
        y2019.id(),
        new Council.NewDecision(
            y2019.version(),
            "Note the patent portfolio and the licences granted to Chinese companies.",
            DecisionOutcome.NOTED));
    Council.Meeting y2020 =
        council.recordMeeting(
            new Council.NewMeeting(
                LocalDate.of(2020, 11, 20),
                "Governing Council meeting 2020",
                "Guangzhou and online"));
    y2020 =
        council.recordDecision(
            y2020.id(),
            new Council.NewDecision(
                y2020.version(),
                "Endorse the next five-year phase with funding of S$61 million (RMB 300 million).",
                DecisionOutcome.APPROVED));
    y2020 =
        council.recordDecision(
            y2020.id(),
            new Council.NewDecision(
                y2020.version(),
                "Set up at least three R&D centres for emerging industries: digital technologies, new energy"
                    + " and biomedical.",
                DecisionOutcome.APPROVED));
    council.recordDecision(
        y2020.id(),
        new Council.NewDecision(
            y2020.version(),
            "Targets to 2025: at least 40 new research projects and at least 100 new patent applications.",
            DecisionOutcome.APPROVED));
  }

  private PartnerId partnerSince(
      LocalDate since,
      String code,
      String en,
      String zh,
      PartnerKind kind,
      String country,
      String city,
      PartnerRole... roles) {
    return partners
        .register(
            new NewPartner(code, en, zh, kind, country, city, Set.of(roles), List.of(), since))
        .id();
  }

  private PartnerId partner(
      String code,
      String en,
      String zh,
      PartnerKind kind,
      String country,
      String city,
      PartnerRole... roles) {
    return partners
        .register(
            new NewPartner(
                code, en, zh, kind, country, city, Set.of(roles), List.of(), COMPANIES_KNOWN_SINCE))
        .id();
  }

  private void account(
      String username,
      String name,
      String email,
      String language,
      Set<Role> roles,
      PartnerId partner) {
    accounts.open(
        new NewAccount(username, name, email, language, roles, partner, password.toCharArray()));
  }
}
