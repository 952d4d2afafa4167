package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class MailTextsTest {

  private static Properties file(String name) throws Exception {
    Properties p = new Properties();
    try (Reader r =
        new InputStreamReader(MailTexts.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
      p.load(r);
    }
    return p;
  }

  @Test
  void everyMailKeyIsWrittenInBothLanguages() throws Exception {
    Properties english = file("mails.properties");
    Properties chinese = file("mails_zh.properties");
    assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    assertThat(MailTexts.bundle(MailTexts.CHINESE).getLocale().getLanguage()).isEqualTo("zh");
    for (String key : english.stringPropertyNames()) {
      assertThat(MailTexts.text(MailTexts.CHINESE, key)).as(key).isEqualTo(chinese.get(key));
      assertThat(MailTexts.text(MailTexts.ENGLISH, key)).as(key).isEqualTo(english.get(key));
    }
  }

  @Test
  void aPromotionMailCarriesTheEnglishThenTheChineseText() {
    MailTexts.Mail mail =
        MailTexts.compose(
            "enrolment.promoted",
            "MiniMasters",
            "微硕士",
            new Object[] {"Tan Mei Ling", "MiniMasters", "2027 intake", "2027-03-01", "2027-06-30"},
            new Object[] {"陈美玲", "微硕士", "2027 intake", "2027-03-01", "2027-06-30"});
    assertThat(mail.subject()).isEqualTo("A seat is yours: MiniMasters / 您已获得名额：微硕士");
    assertThat(mail.body())
        .startsWith("Dear Tan Mei Ling,\n\na seat has become free in MiniMasters, 2027 intake")
        .contains("陈美玲您好：", "候补名单")
        .endsWith("Programme coordinator / 项目协调员");
    assertThat(mail.body().indexOf("Dear")).isLessThan(mail.body().indexOf("您好"));
  }

  @Test
  void aCertificateMailNamesTheCodeAndWhereToCheckIt() {
    String url = "https://institute.example/verify/ABC";
    MailTexts.Mail mail =
        MailTexts.compose(
            "certificate.issued",
            "MiniMasters",
            null,
            new Object[] {"Chen", "MiniMasters", "2027 intake", "2027-06-30", "ABC", url},
            new Object[] {"陈", "MiniMasters", "2027 intake", "2027-06-30", "ABC", url});
    assertThat(mail.subject()).isEqualTo("Your certificate: MiniMasters / 您的证书：MiniMasters");
    assertThat(mail.body()).contains("the code ABC; anyone may check it at " + url, "证书编号为ABC");
  }

  @Test
  void aSubjectNamingAVeryLongTitleIsCutToWhatTheOutboxKeeps() {
    String title = "T".repeat(300);
    MailTexts.Mail mail =
        MailTexts.compose(
            "enrolment.confirmed",
            title,
            null,
            new Object[] {"A", title, "c", "2027-03-01", "2027-06-30"},
            new Object[] {"A", title, "c", "2027-03-01", "2027-06-30"});
    assertThat(mail.subject()).hasSize(MailTexts.MAX_SUBJECT).endsWith("…");
  }

  @Test
  void aSubjectOfExactlyTheLimitIsKeptWhole() {
    // "Your seat is confirmed: " + English + " / " + "名额已确认：" + Chinese
    String english = "E".repeat(133);
    String chinese = "中".repeat(134);
    MailTexts.Mail mail =
        MailTexts.compose(
            "enrolment.confirmed",
            english,
            chinese,
            new Object[] {"A", english, "c", "2027-03-01", "2027-06-30"},
            new Object[] {"A", chinese, "c", "2027-03-01", "2027-06-30"});
    assertThat(mail.subject()).hasSize(MailTexts.MAX_SUBJECT).endsWith("中");
  }
}
