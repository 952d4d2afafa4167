package org.institute.core.application;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The texts of the core's mails, kept in the bundles {@code org/institute/core/mail.properties}
 * (English) and {@code mail_zh.properties} (Chinese). Each mail is sent in both languages: the
 * account's language is not always known when it is written (an invitation), and a mail about a
 * locked account must be read by whoever holds the mailbox.
 */
final class MailTexts {

  static final String BUNDLE = "org.institute.core.mail";

  /** English (the base bundle) first, then Chinese. */
  static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.CHINESE);

  /** A mail as it is sent: both languages in the subject and in the body. */
  record Mail(String subject, String body) {}

  private MailTexts() {}

  /**
   * The mail {@code key} ({@code key.subject} and {@code key.body} in each bundle), with the
   * parameters put in place ({0} is the username by convention).
   */
  static Mail bilingual(String key, Object... parameters) {
    StringBuilder subject = new StringBuilder();
    StringBuilder body = new StringBuilder();
    for (Locale language : LANGUAGES) {
      ResourceBundle texts = bundle(language);
      if (!subject.isEmpty()) {
        subject.append(" / ");
        body.append("\n\n");
      }
      subject.append(format(texts, language, key + ".subject", parameters));
      body.append(format(texts, language, key + ".body", parameters));
    }
    return new Mail(subject.toString(), body.append('\n').toString());
  }

  static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        MailTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  private static String format(
      ResourceBundle texts, Locale language, String key, Object... parameters) {
    return new MessageFormat(texts.getString(key), language).format(parameters);
  }
}
