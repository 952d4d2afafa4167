package org.institute.talent.application;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The mails to participants, written from the bundles {@code mails.properties} (English) and {@code
 * mails_zh.properties} (Chinese). A participant has no language of their own on record, so each
 * mail carries both: the English text, then the Chinese, as the subject does.
 */
final class MailTexts {

  static final String BUNDLE = "org.institute.talent.application.mails";
  static final Locale ENGLISH = Locale.ROOT;
  static final Locale CHINESE = Locale.CHINESE;

  /** The outbox keeps subjects of up to 300 characters; long programme titles are cut. */
  static final int MAX_SUBJECT = 300;

  /** A mail to send. */
  record Mail(String subject, String body) {}

  private MailTexts() {}

  /**
   * The mail {@code key}: its subject names the programme, its body is {@code key.body} in each
   * language with that language's arguments.
   */
  static Mail compose(
      String key, String titleEn, String titleZh, Object[] english, Object[] chinese) {
    String subject =
        format(ENGLISH, key + ".subject", titleEn)
            + " / "
            + format(CHINESE, key + ".subject", titleZh == null ? titleEn : titleZh);
    String body =
        format(ENGLISH, key + ".body", english)
            + "\n\n"
            + format(CHINESE, key + ".body", chinese)
            + "\n\n"
            + text(ENGLISH, "signature")
            + " / "
            + text(CHINESE, "signature");
    return new Mail(
        subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT - 1) + "…",
        body);
  }

  static String text(Locale language, String key) {
    return bundle(language).getString(key);
  }

  static String format(Locale language, String key, Object... arguments) {
    return new MessageFormat(text(language, key), language).format(arguments);
  }

  /** The bundle of one language, never the server's default locale's. */
  static ResourceBundle bundle(Locale language) {
    return ResourceBundle.getBundle(
        BUNDLE,
        language,
        MailTexts.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
