package org.institute.records.domain;

/**
 * What a publication stores of its titles: the title with its language tag (BCP 47, null when
 * unknown) and a Chinese title beside a title in another language. A paper given a Chinese title
 * only keeps it as its title, tagged {@code zh}; a title given with a declared language keeps that
 * language (a babel name such as {@code chinese} becomes its tag); an untagged title in Han
 * characters is {@code zh} (decision 0089's rule).
 */
public record PublicationTitle(String title, String language, String titleZh) {

  /**
   * The stored form of a form's or a request's titles; null when neither title is given (the rules
   * refuse that).
   */
  public static PublicationTitle of(String title, String titleZh, String declaredLanguage) {
    String main = blankToNull(title);
    String chinese = blankToNull(titleZh);
    if (main == null && chinese == null) {
      return null;
    }
    if (main == null) {
      String declared = TitleLanguage.of(declaredLanguage, chinese);
      return new PublicationTitle(
          chinese, declared != null && declared.startsWith("zh") ? declared : "zh", null);
    }
    return new PublicationTitle(main, TitleLanguage.of(declaredLanguage, main), chinese);
  }

  /** Whether a declared language is one the rule understands (blank is none, and fine). */
  public static boolean understood(String declaredLanguage) {
    return declaredLanguage == null
        || declaredLanguage.isBlank()
        || TitleLanguage.of(declaredLanguage, null) != null;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
