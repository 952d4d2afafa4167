package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.Mailer;
import org.institute.core.PartnerId;
import org.institute.talent.CertificateIssued;
import org.institute.talent.CohortStatus;
import org.institute.talent.EnrolmentConfirmed;
import org.institute.talent.NewCohort;
import org.institute.talent.NewParticipant;
import org.institute.talent.NewProgramme;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.Programme;
import org.institute.talent.domain.ProgrammeRepository;
import org.junit.jupiter.api.Test;

/** The mails participants get, with one participant, cohort and programme in the store. */
class ParticipantMailsTest {

  private static final Instant NOW = Instant.parse("2027-01-10T02:00:00Z");
  private final List<String> sent = new ArrayList<>();

  private ParticipantMails mails(String nameZh, String titleZh) {
    return mails(nameZh, titleZh, null);
  }

  private ParticipantMails mails(String nameZh, String titleZh, String cohortZh) {
    Participant person =
        Participant.register(
            new NewParticipant("Tan Mei Ling", nameZh, "mei@example.com", null, null, null), NOW);
    Cohort cohort =
        new Cohort(
            new NewCohort(
                1,
                "2027 intake",
                cohortZh,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 15),
                20,
                null,
                CohortStatus.OPEN),
            NOW);
    Programme programme =
        new Programme(
            new NewProgramme(
                "MM",
                ProgrammeKind.MINIMASTERS,
                "MiniMasters",
                titleZh,
                null,
                null,
                Set.of(new PartnerId(1)),
                null,
                null,
                null),
            NOW);
    ParticipantMails mails = new ParticipantMails();
    inject(mails, "participants", finder(ParticipantRepository.class, person));
    inject(mails, "cohorts", finder(CohortRepository.class, cohort));
    inject(mails, "programmes", finder(ProgrammeRepository.class, programme));
    Mailer mailer = (to, subject, body) -> sent.add(to + "\n" + subject + "\n" + body);
    inject(mails, "mailer", mailer);
    inject(
        mails,
        "publicLinks",
        new org.institute.core.infrastructure.ConfiguredPublicLinks("https://institute.example"));
    return mails;
  }

  @SuppressWarnings("unchecked")
  private static <T> T finder(Class<T> repository, Object found) {
    return (T)
        Proxy.newProxyInstance(
            ParticipantMailsTest.class.getClassLoader(),
            new Class<?>[] {repository},
            (proxy, method, args) -> {
              if (method.getName().equals("find")) {
                return Optional.of(found);
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  private static void inject(Object target, String name, Object value) {
    try {
      Field f = target.getClass().getDeclaredField(name);
      f.setAccessible(true);
      f.set(target, value);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aConfirmedSeatIsMailedInBothLanguagesToTheParticipant() {
    mails("陈美玲", "微硕士").enrolmentConfirmed(new EnrolmentConfirmed(1, 2, 3, false, NOW));

    assertThat(sent).hasSize(1);
    String[] mail = sent.get(0).split("\n", 3);
    assertThat(mail[0]).isEqualTo("mei@example.com");
    assertThat(mail[1]).isEqualTo("Your seat is confirmed: MiniMasters / 名额已确认：微硕士");
    assertThat(mail[2]).contains("Tan Mei Ling", "2027 intake", "2027-03-01", "2027-06-30", "陈美玲");
  }

  @Test
  void aSeatFromTheWaitlistIsMailedAsAPromotion() {
    mails("陈美玲", "微硕士").enrolmentConfirmed(new EnrolmentConfirmed(1, 2, 3, true, NOW));

    assertThat(sent.get(0).split("\n")[1]).isEqualTo("A seat is yours: MiniMasters / 您已获得名额：微硕士");
  }

  @Test
  void withoutChineseNamesTheChineseTextUsesTheLatinOnes() {
    mails(null, null).enrolmentConfirmed(new EnrolmentConfirmed(1, 2, 3, true, NOW));

    String mail = sent.get(0);
    assertThat(mail.split("\n")[1]).isEqualTo("A seat is yours: MiniMasters / 您已获得名额：MiniMasters");
    assertThat(mail).contains("Tan Mei Ling您好");
  }

  @Test
  void anIssuedCertificateIsMailedWithItsCodeAndWhereToCheckIt() {
    String url = "https://institute.example/verify/ABC";
    mails("陈美玲", "微硕士")
        .certificateIssued(
            new CertificateIssued(
                "ABC", 1, 2, 3, LocalDate.of(2027, 7, 1), url, url + "/credential.jwt"));

    String[] mail = sent.get(0).split("\n", 3);
    assertThat(mail[0]).isEqualTo("mei@example.com");
    assertThat(mail[1]).isEqualTo("Your certificate: MiniMasters / 您的证书：微硕士");
    assertThat(mail[2]).contains("the code ABC; anyone may check it at " + url, "证书编号为ABC", "陈美玲");
    assertThat(mail[2])
        .contains(
            "credential (Open Badges 3.0), which anyone can check without asking us, is at "
                + url
                + "/credential.jwt")
        .contains("下载地址：" + url + "/credential.jwt");
    // and the sealed PDF, which the code opens to its holder
    assertThat(mail[2])
        .contains(
            "a PDF signed by the institute that any PDF reader checks: "
                + "https://institute.example/api/v1/certificates/ABC/pdf")
        .contains("任何PDF阅读器均可校验的PDF）：https://institute.example/api/v1/certificates/ABC/pdf");
  }

  @Test
  void eachHalfOfTheMailNamesTheCohortInItsLanguage() {
    mails("陈美玲", "微硕士", "2027年春季班").enrolmentConfirmed(new EnrolmentConfirmed(1, 2, 3, false, NOW));

    String body = sent.get(0).split("\n", 3)[2];
    int chinese = body.indexOf("陈美玲您好");
    assertThat(body.substring(0, chinese)).contains("2027 intake").doesNotContain("2027年春季班");
    assertThat(body.substring(chinese)).contains("2027年春季班").doesNotContain("2027 intake");
  }

  @Test
  void withoutAChineseCohortNameBothHalvesUseTheEnglishOne() {
    mails("陈美玲", "微硕士").enrolmentConfirmed(new EnrolmentConfirmed(1, 2, 3, false, NOW));

    String body = sent.get(0).split("\n", 3)[2];
    assertThat(body.substring(body.indexOf("陈美玲您好"))).contains("2027 intake");
  }
}
