package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.talent.CohortStatus;
import org.institute.talent.CohortView;
import org.institute.talent.DeliveryMode;
import org.institute.talent.Eligibility;
import org.institute.talent.EnrolmentResult;
import org.institute.talent.EnrolmentState;
import org.institute.talent.Enrolments;
import org.institute.talent.EvaluationKind;
import org.institute.talent.InternshipField;
import org.institute.talent.Internships;
import org.institute.talent.NewCohort;
import org.institute.talent.NewParticipant;
import org.institute.talent.NewPosition;
import org.institute.talent.NewProgramme;
import org.institute.talent.NewSession;
import org.institute.talent.ParticipantView;
import org.institute.talent.Participants;
import org.institute.talent.PlacementStatus;
import org.institute.talent.PlacementView;
import org.institute.talent.PositionView;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.ProgrammeView;
import org.institute.talent.Programmes;
import org.institute.talent.SessionView;

/**
 * The Chongqing base's programmes (../shared/DOMAIN.md): the joint MiniMasters in technopreneurship
 * with a running cohort split between the NTU campus in Singapore and the base in Chongqing, two
 * certification courses, the NTU-YDPG internship programme; participants enough for waitlists, and
 * certificates of the MiniMasters intake that finished earlier this year.
 */
@ApplicationScoped
public class TalentDemoData {

  private static final Logger LOG = Logger.getLogger(TalentDemoData.class.getName());
  private static final String SINGAPORE = "Asia/Singapore";
  private static final String CHONGQING = "Asia/Shanghai";

  private static final String[][] NAMES = {
    {"Tan Mei Ling", "陈美玲", "SG"}, {"Lim Wei Jie", "林伟杰", "SG"}, {"Zhang Wei", "张伟", "CN"},
    {"Wang Fang", "王芳", "CN"}, {"Li Na", "李娜", "CN"}, {"Liu Yang", "刘洋", "CN"},
    {"Chen Jing", "陈静", "CN"}, {"Yang Lei", "杨磊", "CN"}, {"Huang Min", "黄敏", "CN"},
    {"Zhao Qiang", "赵强", "CN"}, {"Wu Xiuying", "吴秀英", "CN"}, {"Zhou Jun", "周军", "CN"},
    {"Xu Li", "徐丽", "CN"}, {"Sun Tao", "孙涛", "CN"}, {"Ma Chao", "马超", "CN"},
    {"Zhu Hong", "朱红", "CN"}, {"Hu Bin", "胡斌", "CN"}, {"Guo Yan", "郭燕", "CN"},
    {"He Ping", "何平", "CN"}, {"Gao Xiang", "高翔", "CN"}, {"Lin Yi", "林怡", "SG"},
    {"Luo Kai", "罗凯", "CN"}, {"Zheng Hui", "郑慧", "CN"}, {"Liang Bo", "梁博", "CN"},
    {"Song Jia", "宋佳", "CN"}, {"Xie Ming", "谢明", "CN"}, {"Tang Yu", "唐宇", "CN"},
    {"Han Xue", "韩雪", "CN"}, {"Feng Rui", "冯锐", "CN"}, {"Deng Chen", "邓晨", "CN"},
    {"Ng Kah Hui", "黄嘉慧", "SG"}, {"Goh Jun Hao", "吴俊豪", "SG"}, {"Ong Shu Fen", "王淑芬", "SG"},
    {"Priya Raman", null, "SG"}, {"Muhammad Hafiz", null, "SG"}, {"Koh Li Ting", "许丽婷", "SG"},
    {"Cao Yue", "曹悦", "CN"}, {"Peng Hao", "彭浩", "CN"}, {"Zeng Lan", "曾兰", "CN"},
    {"Xiao Dong", "肖东", "CN"}, {"Tian Jing", "田静", "CN"}, {"Dong Wen", "董文", "CN"}
  };

  @Inject private PartnerDirectory partners;
  @Inject private Programmes programmes;
  @Inject private Participants participants;
  @Inject private Enrolments enrolments;
  @Inject private Internships internships;

  @Transactional
  public void load() {
    PartnerId ntu = partner("NTU");
    PartnerId ydpg = partner("YDPG");

    ProgrammeView miniMasters =
        programmes.register(
            new NewProgramme(
                "MM-TECHNO",
                ProgrammeKind.MINIMASTERS,
                "MiniMasters in Technopreneurship",
                "科技创业微硕士",
                "A joint NTU-YDPG programme in hybrid classes: some on the NTU campus in Singapore,"
                    + " some at the NTU China (West) Entrepreneurship and Innovation Base in Chongqing.",
                "南洋理工大学与渝北区政府联合举办的混合式课程，部分在新加坡南洋理工大学校园，部分在重庆基地授课。",
                Set.of(ntu, ydpg),
                Eligibility.OPEN,
                80,
                true));
    ProgrammeView leaders =
        programmes.register(
            new NewProgramme(
                "CC-LEADERS",
                ProgrammeKind.CERTIFICATION_COURSE,
                "Certificate in Entrepreneurial Leadership for Western China",
                "中国西部创业领袖证书课程",
                "Grooms entrepreneurial leaders for western China.",
                "为中国西部培养创业领袖。",
                Set.of(ntu, ydpg),
                Eligibility.OPEN,
                80,
                true));
    ProgrammeView digital =
        programmes.register(
            new NewProgramme(
                "CC-DIGITAL",
                ProgrammeKind.CERTIFICATION_COURSE,
                "Certificate in Big Data and AI for Business",
                "商业大数据与人工智能证书课程",
                "Big data and AI for managers of companies in Xiantao International Big Data Valley.",
                "面向仙桃国际大数据谷企业管理者的大数据与人工智能课程。",
                Set.of(ntu),
                Eligibility.OPEN,
                80,
                false));
    ProgrammeView internship =
        programmes.register(
            new NewProgramme(
                "NTU-YDPG-INTERN",
                ProgrammeKind.INTERNSHIP_PROGRAMME,
                "NTU-YDPG Internship Programme",
                "南洋理工大学-渝北区实习项目",
                "Since May 2020, NTU students intern at tech companies in Yubei in big data and AI.",
                "自2020年5月起，南洋理工大学学生在渝北区科技企业实习，领域包括大数据和人工智能。",
                Set.of(ntu, ydpg),
                Eligibility.NTU_STUDENTS,
                0,
                true));

    List<ParticipantView> people = new ArrayList<>();
    for (int i = 0; i < NAMES.length; i++) {
      String[] n = NAMES[i];
      boolean ntuStudent = i % 3 == 0;
      String email = n[0].toLowerCase().replace(' ', '.') + "@example.com";
      people.add(
          participants.register(
              new NewParticipant(
                  n[0],
                  n[1],
                  email,
                  ntuStudent
                      ? "Nanyang Technological University"
                      : "Xiantao Big Data Valley company " + (i % 7 + 1),
                  ntuStudent
                      ? String.format("U%07d%c", 2020000 + i * 37, (char) ('A' + i % 26))
                      : null,
                  n[2])));
    }

    // the intake that finished this year: four certificates
    CohortView spring =
        programmes.openCohort(
            new NewCohort(
                miniMasters.id(),
                "Spring 2026 intake",
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 7, 31),
                LocalDate.of(2025, 11, 1),
                LocalDate.of(2026, 2, 15),
                20,
                Money.of("2800.00", "SGD"),
                CohortStatus.RUNNING));
    List<SessionView> springSessions =
        List.of(
            session(
                spring,
                LocalDateTime.of(2026, 3, 2, 9, 0),
                SINGAPORE,
                "Opportunity recognition",
                DeliveryMode.SINGAPORE_CAMPUS,
                "NTU Innovation Centre, Singapore"),
            session(
                spring,
                LocalDateTime.of(2026, 4, 13, 9, 0),
                CHONGQING,
                "Lean start-up in practice",
                DeliveryMode.CHONGQING_BASE,
                "NTU China (West) Base, Xiantao, Chongqing"),
            session(
                spring,
                LocalDateTime.of(2026, 5, 18, 19, 0),
                SINGAPORE,
                "Funding and valuation",
                DeliveryMode.ONLINE,
                "https://meet.example/mm-funding"),
            session(
                spring,
                LocalDateTime.of(2026, 7, 20, 9, 0),
                CHONGQING,
                "Pitch day",
                DeliveryMode.CHONGQING_BASE,
                "NTU China (West) Base, Xiantao, Chongqing"));
    List<EnrolmentResult> springRoster = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      springRoster.add(enrolments.enrol(spring.id(), people.get(i).id()));
    }
    for (SessionView s : springSessions) {
      enrolments.recordAttendance(
          spring.id(),
          s.id(),
          s.topic().startsWith("Funding") ? Set.of(springRoster.get(5).enrolmentId()) : Set.of());
    }
    for (int i = 0; i < 4; i++) {
      enrolments.recordAssessment(spring.id(), springRoster.get(i).enrolmentId(), true);
      enrolments.complete(spring.id(), springRoster.get(i).enrolmentId());
    }
    enrolments.recordAssessment(spring.id(), springRoster.get(4).enrolmentId(), false);
    enrolments.fail(spring.id(), springRoster.get(4).enrolmentId());
    programmes.changeStatus(spring.id(), CohortStatus.COMPLETED);

    // the running intake, split between Singapore and Chongqing, full with a waitlist
    CohortView autumn =
        programmes.openCohort(
            new NewCohort(
                miniMasters.id(),
                "Autumn 2026 intake",
                LocalDate.of(2026, 9, 7),
                LocalDate.of(2027, 1, 29),
                LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 8, 15),
                24,
                Money.of("2800.00", "SGD"),
                CohortStatus.RUNNING));
    List<SessionView> autumnSessions =
        List.of(
            session(
                autumn,
                LocalDateTime.of(2026, 9, 7, 9, 0),
                SINGAPORE,
                "Opportunity recognition",
                DeliveryMode.SINGAPORE_CAMPUS,
                "NTU Innovation Centre, Singapore"),
            session(
                autumn,
                LocalDateTime.of(2026, 10, 12, 9, 0),
                CHONGQING,
                "Lean start-up in practice",
                DeliveryMode.CHONGQING_BASE,
                "NTU China (West) Base, Xiantao, Chongqing"),
            session(
                autumn,
                LocalDateTime.of(2026, 11, 16, 19, 0),
                SINGAPORE,
                "Funding and valuation",
                DeliveryMode.ONLINE,
                "https://meet.example/mm-funding"),
            session(
                autumn,
                LocalDateTime.of(2026, 12, 14, 9, 0),
                CHONGQING,
                "Scaling in western China",
                DeliveryMode.CHONGQING_BASE,
                "NTU China (West) Base, Xiantao, Chongqing"),
            session(
                autumn,
                LocalDateTime.of(2027, 1, 25, 9, 0),
                SINGAPORE,
                "Pitch day",
                DeliveryMode.SINGAPORE_CAMPUS,
                "NTU Innovation Centre, Singapore"));
    List<EnrolmentResult> autumnRoster = new ArrayList<>();
    for (int i = 6; i < 33; i++) {
      autumnRoster.add(enrolments.enrol(autumn.id(), people.get(i).id()));
    }
    List<Long> seated =
        autumnRoster.stream()
            .filter(r -> r.state() == EnrolmentState.ENROLLED)
            .map(EnrolmentResult::enrolmentId)
            .toList();
    enrolments.recordAttendance(autumn.id(), autumnSessions.get(0).id(), Set.of(seated.get(3)));
    enrolments.recordAttendance(
        autumn.id(), autumnSessions.get(1).id(), Set.of(seated.get(3), seated.get(7)));
    enrolments.recordAttendance(autumn.id(), autumnSessions.get(2).id(), Set.of());

    CohortView leadersCohort =
        programmes.openCohort(
            new NewCohort(
                leaders.id(),
                "2027 cohort",
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 5, 28),
                LocalDate.of(2026, 10, 1),
                LocalDate.of(2027, 2, 1),
                20,
                Money.of("6800.00", "CNY"),
                CohortStatus.OPEN));
    session(
        leadersCohort,
        LocalDateTime.of(2027, 3, 1, 9, 30),
        CHONGQING,
        "Leading a growth company",
        DeliveryMode.CHONGQING_BASE,
        "NTU China (West) Base, Xiantao, Chongqing");
    session(
        leadersCohort,
        LocalDateTime.of(2027, 4, 12, 9, 30),
        CHONGQING,
        "Governance and finance",
        DeliveryMode.CHONGQING_BASE,
        "NTU China (West) Base, Xiantao, Chongqing");
    for (int i = 20; i < 32; i++) {
      enrolments.enrol(leadersCohort.id(), people.get(i).id());
    }

    CohortView digitalCohort =
        programmes.openCohort(
            new NewCohort(
                digital.id(),
                "Winter 2026 cohort",
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2027, 1, 15),
                LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 11, 30),
                6,
                Money.of("3500.00", "CNY"),
                CohortStatus.OPEN));
    session(
        digitalCohort,
        LocalDateTime.of(2026, 12, 7, 14, 0),
        CHONGQING,
        "Data platforms",
        DeliveryMode.ONLINE,
        "https://meet.example/cc-digital");
    for (int i = 33; i < NAMES.length; i++) {
      enrolments.enrol(digitalCohort.id(), people.get(i).id());
    }

    CohortView interns =
        programmes.openCohort(
            new NewCohort(
                internship.id(),
                "Summer 2027 placements",
                LocalDate.of(2027, 5, 10),
                LocalDate.of(2027, 8, 6),
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2027, 2, 28),
                12,
                null,
                CohortStatus.OPEN));
    for (int i = 0; i < NAMES.length; i += 3) {
      enrolments.enrol(interns.id(), people.get(i).id());
    }
    internships.setTarget(interns.id(), 10);
    LocalDate from = LocalDate.of(2027, 5, 10);
    LocalDate to = LocalDate.of(2027, 8, 6);
    List<PositionView> positions =
        List.of(
            position(
                interns,
                "YUNBEI",
                "Data engineering intern",
                InternshipField.BIG_DATA,
                from,
                to,
                3),
            position(
                interns,
                "XIANTAO-AI",
                "Machine learning intern",
                InternshipField.ARTIFICIAL_INTELLIGENCE,
                from,
                to,
                3),
            position(
                interns,
                "SHANCHENG",
                "Mobility data analyst intern",
                InternshipField.SMART_MOBILITY,
                from,
                to,
                2),
            position(
                interns,
                "JIYIN",
                "Bioinformatics intern",
                InternshipField.BIOTECHNOLOGY,
                from,
                to,
                2));
    // NTU students (every third participant) apply; some get further
    PlacementStatus[][] paths = {
      {PlacementStatus.SHORTLISTED, PlacementStatus.OFFERED, PlacementStatus.ACCEPTED},
      {PlacementStatus.SHORTLISTED, PlacementStatus.OFFERED, PlacementStatus.ACCEPTED},
      {PlacementStatus.SHORTLISTED, PlacementStatus.OFFERED},
      {PlacementStatus.SHORTLISTED},
      {},
      {PlacementStatus.WITHDRAWN}
    };
    int k = 0;
    for (int i = 0; i < NAMES.length && k < paths.length; i += 3, k++) {
      PlacementView p =
          internships.apply(positions.get(k % positions.size()).id(), people.get(i).id());
      for (PlacementStatus step : paths[k]) {
        p = internships.changeStatus(p.id(), step);
      }
      if (p.status() == PlacementStatus.ACCEPTED) {
        internships.evaluate(
            p.id(), EvaluationKind.MID_TERM, 4, "Quick learner; good with the data platform.");
      }
    }
    LOG.info(
        "talent demo data loaded: 4 programmes, 5 cohorts, " + people.size() + " participants");
  }

  private SessionView session(
      CohortView cohort,
      LocalDateTime start,
      String zone,
      String topic,
      DeliveryMode mode,
      String venue) {
    return programmes.schedule(
        cohort.id(), new NewSession(start, zone, 180, topic, mode, venue, "NTU faculty"));
  }

  private PositionView position(
      CohortView intake,
      String host,
      String title,
      InternshipField field,
      LocalDate from,
      LocalDate to,
      int places) {
    return internships.openPosition(
        new NewPosition(intake.id(), partner(host).value(), title, field, from, to, places));
  }

  private PartnerId partner(String code) {
    return partners.findByCode(code).orElseThrow().id();
  }
}
