package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.core.PartnerId;
import org.institute.partners.ContactPoint;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerChanges;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerRegistry;
import org.institute.partners.PartnerRole;

/**
 * The demo institute's partners (../shared/DOMAIN.md): the four co-founders, the Chongqing base's
 * government partner, the licensees of NTU's patents, the hosts of NTU interns and the industry
 * partners of the joint research centres.
 */
@ApplicationScoped
public class PartnersDemoData {

  /** Demo companies carry their current names from before the institute's first records. */
  private static final LocalDate COMPANIES_KNOWN_SINCE = LocalDate.of(2012, 1, 1);

  /** The partners that the agreements, the council and the accounts name. */
  public record Founders(
      PartnerId ntu, PartnerId scut, PartnerId csgkc, PartnerId gkc, PartnerId ydpg) {}

  @Inject private PartnerDirectory partners;
  @Inject private PartnerRegistry registry;

  @Transactional(Transactional.TxType.MANDATORY)
  public Founders load() {
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
    return new Founders(ntu, scut, csgkc, gkc, ydpg);
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
}
