package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.talent.Eligibility;
import org.institute.talent.NewParticipant;
import org.institute.talent.NewProgramme;
import org.institute.talent.ParticipantView;
import org.institute.talent.Participants;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.ProgrammeView;
import org.institute.talent.Programmes;

/**
 * The Chongqing base's programmes (../shared/DOMAIN.md): the joint MiniMasters in technopreneurship
 * with a running cohort split between the NTU campus in Singapore and the base in Chongqing, two
 * certification courses, the NTU-YDPG internship programme; participants enough for waitlists, and
 * certificates of the MiniMasters intake that finished earlier this year.
 */
@ApplicationScoped
public class TalentDemoData {

  private static final Logger LOG = Logger.getLogger(TalentDemoData.class.getName());

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
  @Inject private MiniMastersDemoData miniMastersIntakes;
  @Inject private CoursesDemoData courses;
  @Inject private InternshipsDemoData placements;

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

    miniMastersIntakes.load(miniMasters, people);
    courses.load(leaders, digital, people);
    placements.load(internship, people);
    LOG.info(
        "talent demo data loaded: 4 programmes, 5 cohorts, " + people.size() + " participants");
  }

  private PartnerId partner(String code) {
    return partners.findByCode(code).orElseThrow().id();
  }
}
