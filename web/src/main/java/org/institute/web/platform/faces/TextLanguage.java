package org.institute.web.platform.faces;

/**
 * The language of a text a person typed and the portal shows as typed (a cost's note, a comment, an
 * obligation, a product name), as far as its script tells: Chinese when it is written in Han
 * characters only, English when in Latin letters only, unknown when it mixes the two or has no
 * letters. Pages put it in the text's {@code lang} attribute, so that a screen reader reads it in
 * the right voice and a note in English on a Chinese page is marked as such, not mistaken for a
 * missing translation (the portal crawl checks every Chinese page for untranslated words).
 */
public final class TextLanguage {

  private TextLanguage() {}

  /** {@code zh-CN}, {@code en}, or {@code ""} (unknown) for the text. */
  public static String of(String text) {
    if (text == null) {
      return "";
    }
    boolean han = false;
    boolean latin = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isLetter(c) || Character.isIdeographic(c)) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        han |= script == Character.UnicodeScript.HAN;
        latin |= script == Character.UnicodeScript.LATIN;
      }
    }
    if (han == latin) {
      return "";
    }
    return han ? "zh-CN" : "en";
  }
}
