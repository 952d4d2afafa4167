package org.institute.web.platform.demo;

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
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerRole;

/**
 * Seeds the institute as announced on 8 December 2020 (../shared/DOMAIN.md): its co-founders, the
 * Chongqing base's government partner, one account per role, and the SGD/CNY rates implied by the
 * announced figures. Runs once: an existing {@code admin} account means the data is there.
 */
@ApplicationScoped
public class DemoData {

  static final String DEFAULT_PASSWORD = "ssijri-demo-2020";
  private static final Logger LOG = Logger.getLogger(DemoData.class.getName());
  private static final Currency SGD = Currency.getInstance("SGD");
  private static final Currency CNY = Currency.getInstance("CNY");

  @Inject private Accounts accounts;
  @Inject private PartnerDirectory partners;
  @Inject private ExchangeRates rates;
  @Inject private TalentDemoData talent;

  @Inject
  @ConfigProperty(name = "institute.demo.password", defaultValue = DEFAULT_PASSWORD)
  private String password;

  @ActivateRequestContext
  @Transactional
  public void load() {
    if (accounts.find("admin").isPresent()) {
      LOG.info("demo data already present");
      return;
    }
    PartnerId ntu = partner("NTU", "Nanyang Technological University, Singapore", "新加坡南洋理工大学",
        PartnerKind.UNIVERSITY, "SG", "Singapore", PartnerRole.CO_FOUNDER, PartnerRole.FUNDER,
        PartnerRole.CHONGQING_BASE_HOST);
    PartnerId scut = partner("SCUT", "South China University of Technology", "华南理工大学",
        PartnerKind.UNIVERSITY, "CN", "Guangzhou", PartnerRole.CO_FOUNDER, PartnerRole.FUNDER);
    partner("CSGKC", "China-Singapore Guangzhou Knowledge City Administrative Committee",
        "中新广州知识城管理委员会", PartnerKind.GOVERNMENT_BODY, "CN", "Guangzhou",
        PartnerRole.CO_FOUNDER, PartnerRole.FUNDER);
    PartnerId gkc = partner("GKC", "CSGKC Investment and Development Co., Ltd",
        "中新广州知识城投资开发有限公司", PartnerKind.STATE_OWNED_COMPANY, "CN", "Guangzhou",
        PartnerRole.CO_FOUNDER, PartnerRole.FUNDER);
    partner("YDPG", "Chongqing Yubei District People's Government", "重庆市渝北区人民政府",
        PartnerKind.GOVERNMENT_BODY, "CN", "Chongqing", PartnerRole.CHONGQING_BASE_HOST);

    // Chinese companies that license NTU patents (the five licences of DOMAIN.md)
    partner("HUAXIN", "Guangzhou Huaxin Biomedical Technology Co., Ltd", "广州华信生物医药科技有限公司",
        PartnerKind.PRIVATE_COMPANY, "CN", "Guangzhou", PartnerRole.LICENSEE);
    partner("LINGAN", "Shenzhen Lingan Intelligent Systems Co., Ltd", "深圳灵安智能系统有限公司",
        PartnerKind.PRIVATE_COMPANY, "CN", "Shenzhen", PartnerRole.LICENSEE);
    partner("XINNENG", "Guangdong Xinneng New Energy Materials Co., Ltd", "广东新能新能源材料有限公司",
        PartnerKind.PRIVATE_COMPANY, "CN", "Foshan", PartnerRole.LICENSEE);
    partner("ZHIYUN", "Guangzhou Zhiyun Data Technology Co., Ltd", "广州智云数据科技有限公司",
        PartnerKind.PRIVATE_COMPANY, "CN", "Guangzhou", PartnerRole.LICENSEE);
    partner("KANGDA", "Guangzhou Kangda Medical Devices Co., Ltd", "广州康达医疗器械有限公司",
        PartnerKind.STATE_OWNED_COMPANY, "CN", "Guangzhou", PartnerRole.LICENSEE);
    // tech companies in Xiantao International Big Data Valley, Yubei: hosts of NTU interns
    partner("YUNBEI", "Chongqing Yunbei Big Data Co., Ltd", "重庆云北大数据有限公司",
        PartnerKind.PRIVATE_COMPANY, "CN", "Chongqing", PartnerRole.INTERNSHIP_HOST);
    partner("XIANTAO-AI", "Chongqing Xiantao Artificial Intelligence Co., Ltd", "重庆仙桃人工智能有限公司",
        PartnerKind.PRIVATE_COMPANY, "CN", "Chongqing", PartnerRole.INTERNSHIP_HOST);
    partner("SHANCHENG", "Chongqing Shancheng Smart Mobility Co., Ltd", "重庆山城智慧出行有限公司",
        PartnerKind.PRIVATE_COMPANY, "CN", "Chongqing", PartnerRole.INTERNSHIP_HOST);
    // industry partners of the three joint research centres
    partner("SHUZHI", "Guangzhou Shuzhi Digital Technology Co., Ltd", "广州数智数字科技有限公司",
        PartnerKind.PRIVATE_COMPANY, "CN", "Guangzhou", PartnerRole.INDUSTRY_PARTNER);
    partner("NANNENG", "Guangzhou Nanneng Smart Energy Co., Ltd", "广州南能智慧能源有限公司",
        PartnerKind.STATE_OWNED_COMPANY, "CN", "Guangzhou", PartnerRole.INDUSTRY_PARTNER);
    partner("JIYIN", "Guangzhou Jiyin Biotechnology Co., Ltd", "广州基因生物科技有限公司",
        PartnerKind.PRIVATE_COMPANY, "CN", "Guangzhou", PartnerRole.INDUSTRY_PARTNER,
        PartnerRole.INTERNSHIP_HOST);

    account("admin", "Institute Administrator", "admin@ssijri.example", "en", EnumSet.of(Role.ADMIN), null);
    account("ntu.staff", "Tan Wei Ling", "ntu.staff@ntu.example", "en", EnumSet.of(Role.PARTNER_STAFF), ntu);
    account("scut.staff", "李明 Li Ming", "scut.staff@scut.example", "zh-CN", EnumSet.of(Role.PARTNER_STAFF), scut);
    account("gkc.staff", "陈静 Chen Jing", "gkc.staff@gkc.example", "zh-CN", EnumSet.of(Role.PARTNER_STAFF), gkc);
    account("coordinator", "Programme Coordinator", "coordinator@ssijri.example", "en", EnumSet.of(Role.COORDINATOR), null);
    account("council", "Governing Council Member", "council@ssijri.example", "en", EnumSet.of(Role.COUNCIL), null);
    account("auditor", "Internal Auditor", "auditor@ssijri.example", "en", EnumSet.of(Role.AUDITOR), null);

    // S$61 million = RMB 300 million (the next phase) and S$1.7 million = RMB 8.6 million (licences)
    rates.recordRate(LocalDate.of(2020, 12, 8), SGD, CNY, new BigDecimal("4.9180"), "announcement 2020-12-08");
    rates.recordRate(LocalDate.of(2020, 1, 2), SGD, CNY, new BigDecimal("5.0588"), "licence totals 2015-2020");
    talent.load();
    LOG.info("demo data loaded: 16 partners, 7 accounts, 2 exchange rates");
  }

  private PartnerId partner(
      String code, String en, String zh, PartnerKind kind, String country, String city,
      PartnerRole... roles) {
    return partners
        .register(new NewPartner(code, en, zh, kind, country, city, Set.of(roles), List.of()))
        .id();
  }

  private void account(
      String username, String name, String email, String language, Set<Role> roles, PartnerId partner) {
    accounts.open(new NewAccount(username, name, email, language, roles, partner, password.toCharArray()));
  }
}
