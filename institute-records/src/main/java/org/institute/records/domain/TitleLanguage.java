package org.institute.records.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.institute.core.WrittenLanguage;

/**
 * The language tag of a title: a BCP 47 tag as given ({@code zh-CN}, {@code en}), a language name
 * as BibTeX's {@code language} and biblatex's {@code langid} write them ({@code chinese}), or, when
 * the file says nothing, {@code zh} for a title written in Han characters.
 */
public final class TitleLanguage {

  private static final Pattern TAG = Pattern.compile("[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*");
  private static final Map<String, String> NAMES =
      Map.of(
          "english", "en",
          "american", "en-US",
          "british", "en-GB",
          "chinese", "zh",
          "schinese", "zh-Hans",
          "tchinese", "zh-Hant",
          "malay", "ms",
          "tamil", "ta");

  private TitleLanguage() {}

  /** The tag for what the file says, else what the title's script shows, else null. */
  public static String of(String declared, String title) {
    if (declared != null && !declared.isBlank()) {
      String value = declared.trim();
      String named = NAMES.get(value.toLowerCase(Locale.ROOT));
      if (named != null) {
        return named;
      }
      if (TAG.matcher(value).matches()) {
        return Locale.forLanguageTag(value).toLanguageTag();
      }
    }
    return WrittenLanguage.hasHan(title) ? "zh" : null;
  }
}
