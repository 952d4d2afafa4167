package org.institute.core;

/**
 * What a text is written in, as far as its script tells: Chinese when it holds Han characters (a
 * Chinese sentence often carries Latin acronyms, "CNIPA 审查意见"), English when its letters are Latin,
 * unknown otherwise. One home for the rule (decision 0121): the imports read a title that declares
 * no language as Chinese when it holds Han characters, and the portal marks text a person typed
 * with the language it is written in.
 */
public final class WrittenLanguage {

  private WrittenLanguage() {}

  /** Whether the text holds a Han character ({@code null} holds none). */
  public static boolean hasHan(CharSequence text) {
    return text != null
        && text.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /**
   * The language tag of the text: {@code zh-CN} when it holds a Han character, else {@code en} when
   * it holds a Latin letter, else {@code ""} (unknown: no letters, or letters of another script).
   */
  public static String tagOf(CharSequence text) {
    if (hasHan(text)) {
      return "zh-CN";
    }
    boolean latin =
        text != null
            && text.codePoints()
                .anyMatch(
                    c ->
                        Character.isLetter(c)
                            && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
    return latin ? "en" : "";
  }
}
