package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Set;
import org.institute.core.PartnerId;
import org.institute.partners.Agreements;
import org.institute.partners.Council;
import org.institute.partners.CouncilRole;
import org.institute.partners.DecisionOutcome;
import org.institute.partners.GoverningCouncil;
import org.institute.partners.NewAgreement;

/** The agreements announced or implied in DOMAIN.md, and the Governing Council's record. */
@ApplicationScoped
public class CouncilDemoData {

  @Inject private Agreements agreements;
  @Inject private GoverningCouncil council;

  @Transactional(Transactional.TxType.MANDATORY)
  public void load(PartnersDemoData.Founders founders) {
    PartnerId ntu = founders.ntu();
    PartnerId scut = founders.scut();
    PartnerId csgkc = founders.csgkc();
    PartnerId gkc = founders.gkc();
    PartnerId ydpg = founders.ydpg();
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
            "理事会联合主席",
            ntu,
            CouncilRole.CO_CHAIR,
            LocalDate.of(2017, 1, 1)));
    council.appoint(
        new Council.NewMember(
            "Vice President, SCUT",
            "华南理工大学副校长",
            "Co-chair of the Governing Council",
            "理事会联合主席",
            scut,
            CouncilRole.CO_CHAIR,
            LocalDate.of(2017, 1, 1)));
    council.appoint(
        new Council.NewMember(
            "Deputy Director, CSGKC Administrative Committee",
            "中新广州知识城管委会副主任",
            "Member of the Governing Council",
            "理事会理事",
            csgkc,
            CouncilRole.MEMBER,
            LocalDate.of(2017, 1, 1)));
    council.appoint(
        new Council.NewMember(
            "General Manager, GKC Co.",
            "知识城投资开发公司总经理",
            "Member of the Governing Council",
            "理事会理事",
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
}
