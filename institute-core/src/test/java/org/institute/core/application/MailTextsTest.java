package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.institute.core.UserAdministration;
import org.junit.jupiter.api.Test;

/** The core's mail texts: the same keys and parameters in English and Chinese. */
class MailTextsTest {

  private static final Pattern PARAMETER = Pattern.compile("\\{(\\d+)}");

  private static ResourceBundle english() {
    return MailTexts.bundle(Locale.ROOT);
  }

  private static ResourceBundle chinese() {
    return MailTexts.bundle(Locale.CHINESE);
  }

  /** The keys written in the bundle's own file, not inherited from its parent. */
  private static Set<String> ownKeys(ResourceBundle bundle) {
    String file =
        MailTexts.BUNDLE.replace('.', '/')
            + (bundle.getLocale().getLanguage().isEmpty()
                ? ""
                : "_" + bundle.getLocale().getLanguage())
            + ".properties";
    Properties properties = new Properties();
    try (InputStream in = MailTexts.class.getClassLoader().getResourceAsStream(file)) {
      assertThat(in).as(file).isNotNull();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TreeSet<>(properties.stringPropertyNames());
  }

  private static Set<String> parameters(String text) {
    Set<String> found = new TreeSet<>();
    Matcher m = PARAMETER.matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  @Test
  void theChineseBundleIsItsOwnFile() {
    assertThat(chinese().getLocale()).isEqualTo(Locale.CHINESE);
    assertThat(english().getLocale()).isEqualTo(Locale.ROOT);
  }

  @Test
  void everyKeyExistsInBothLanguages() {
    assertThat(ownKeys(chinese())).isEqualTo(ownKeys(english()));
    assertThat(ownKeys(english())).isNotEmpty();
  }

  @Test
  void everyMailHasASubjectAndABody() {
    for (String key : ownKeys(english())) {
      String mail = key.substring(0, key.lastIndexOf('.'));
      assertThat(ownKeys(english())).contains(mail + ".subject", mail + ".body");
    }
  }

  @Test
  void bothLanguagesUseTheSameParameters() {
    for (String key : ownKeys(english())) {
      assertThat(parameters(chinese().getString(key)))
          .as(key)
          .isEqualTo(parameters(english().getString(key)));
    }
  }

  @Test
  void theChineseTextsAreInChinese() {
    for (String key : ownKeys(chinese())) {
      assertThat(chinese().getString(key)).as(key).containsPattern("\\p{IsHan}");
    }
  }

  @Test
  void aLinkMailStatesTheValidityItIsGivenInBothLanguages() {
    String hours = Long.toString(UserAdministration.LINK_VALIDITY.toHours());
    MailTexts.Mail mail = MailTexts.bilingual("invitation", "li.wei", "https://example.org/x", "7");
    assertThat(mail.subject()).isEqualTo("Your institute account / 您的研究院账户");
    assertThat(mail.body())
        .contains("Your username is li.wei.")
        .contains("for 7 hours")
        .contains("请在7小时内")
        .doesNotContain(hours + " hours")
        .doesNotContain("{");
    assertThat(mail.body().split("https://example.org/x", -1)).hasSize(3);
  }

  @Test
  void noTextStatesAFigureThatTheCodeOwns() {
    for (ResourceBundle bundle : new ResourceBundle[] {english(), chinese()}) {
      for (String key : ownKeys(bundle)) {
        assertThat(PARAMETER.matcher(bundle.getString(key)).replaceAll(""))
            .as(key)
            .doesNotContainPattern("\\d");
      }
    }
  }

  @Test
  void anApostropheIsWrittenOnce() {
    MailTexts.Mail mail = MailTexts.bilingual("passwordChanged", "li.wei");
    assertThat(mail.body()).contains("institute's administration").contains("li.wei 的密码");
  }
}
