package org.institute.core;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A text stored in English and, optionally, in Chinese: the title of a programme, cohort, session,
 * licence deal or research project. A reader of Chinese sees the Chinese text when there is one,
 * everyone else (and a reader of Chinese when none is stored) the English one. Blank Chinese counts
 * as none; both texts are kept trimmed. One home for the rule, see decision 0086.
 */
public record BilingualText(String en, String zh) implements Serializable {

  /** The longest title a record may store in either language (the columns hold 300). */
  public static final int TITLE_LENGTH = 300;

  /**
   * @throws IllegalArgumentException when the English text is missing or blank
   */
  public BilingualText {
    if (en == null || en.isBlank()) {
      throw new IllegalArgumentException("The English text is required");
    }
    en = en.trim();
    zh = zh == null || zh.isBlank() ? null : zh.trim();
  }

  /** English text with an optional Chinese one (blank or {@code null} for none). */
  public static BilingualText of(String en, String zh) {
    return new BilingualText(en, zh);
  }

  /** The text for a reader of {@code locale}: Chinese when the reader reads it and it exists. */
  public String in(Locale locale) {
    return zh != null && locale != null && "zh".equals(locale.getLanguage()) ? zh : en;
  }

  /**
   * The text for a reader of the language tag ({@code "zh-CN"}, {@code "en"}; null for English).
   */
  public String in(String languageTag) {
    return in(languageTag == null ? null : Locale.forLanguageTag(languageTag.replace('_', '-')));
  }

  /** Whether a Chinese text is stored. */
  public boolean hasChinese() {
    return zh != null;
  }

  /** Both texts for a reader of either language, as a bilingual mail writes them: "en / zh". */
  public String both() {
    return zh == null ? en : en + " / " + zh;
  }

  /**
   * The text for a reader of {@code locale}, from the two stored columns; the English text when the
   * Chinese one is missing. For views that keep the two as fields.
   */
  public static String in(String en, String zh, Locale locale) {
    return zh != null && !zh.isBlank() && locale != null && "zh".equals(locale.getLanguage())
        ? zh.trim()
        : en;
  }

  /** As {@link #in(String, String, Locale)}, with a language tag. */
  public static String in(String en, String zh, String languageTag) {
    return in(
        en, zh, languageTag == null ? null : Locale.forLanguageTag(languageTag.replace('_', '-')));
  }

  /**
   * The field rules of a two-language title, naming the field of each problem: the English text
   * (field {@code enField}) is required, the Chinese ({@code zhField}) optional, each at most
   * {@code max} characters after trimming.
   */
  public static void check(
      String en, String zh, String enField, String zhField, int max, List<Violation> problems) {
    if (en == null || en.isBlank()) {
      problems.add(new Violation(enField, "field.required"));
    } else if (en.trim().length() > max) {
      problems.add(new Violation(enField, "field.tooLong"));
    }
    checkChinese(zh, zhField, max, problems);
  }

  /**
   * The rule of the optional Chinese text alone, for records whose English text has rules of its
   * own: at most {@code max} characters after trimming, else a problem naming {@code zhField}.
   */
  public static void checkChinese(String zh, String zhField, int max, List<Violation> problems) {
    if (zh != null && zh.trim().length() > max) {
      problems.add(new Violation(zhField, "field.tooLong"));
    }
  }
}
