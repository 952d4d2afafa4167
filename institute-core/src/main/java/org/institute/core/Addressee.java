package org.institute.core;

import java.util.Locale;

/**
 * An e-mail address and the language its account reads the portal in (an IETF tag such as {@code
 * en} or {@code zh-CN}; null when unknown), so that a mail can be written in its reader's language.
 */
public record Addressee(String email, String language) {

  /** Whether the account reads Chinese. */
  public boolean readsChinese() {
    return language != null
        && Locale.forLanguageTag(language.replace('_', '-')).getLanguage().equals("zh");
  }
}
