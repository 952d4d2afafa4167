package org.institute.core;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An ORCID iD, the persistent identifier of a researcher: sixteen characters in four groups of four
 * ({@code 0000-0002-1825-0097}), the last a check character computed by ISO 7064 MOD 11-2 over the
 * fifteen digits before it ({@code X} stands for ten). A leading {@code https://orcid.org/} is
 * dropped and a lower-case {@code x} accepted; the normal form is the bare iD with hyphens and an
 * upper-case {@code X}.
 */
public record Orcid(String value) implements Serializable {

  private static final Pattern FORMAT = Pattern.compile("\\d{4}-\\d{4}-\\d{4}-\\d{3}[\\dX]");

  public Orcid {
    if (value == null || !FORMAT.matcher(value).matches() || !checks(value)) {
      throw new IllegalArgumentException("not an ORCID iD: " + value);
    }
  }

  /** The iD in normal form, or empty when the text is no valid ORCID iD. */
  public static Optional<Orcid> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String id = text.trim();
    for (String prefix : new String[] {"https://orcid.org/", "http://orcid.org/", "orcid.org/"}) {
      if (id.toLowerCase(Locale.ROOT).startsWith(prefix)) {
        id = id.substring(prefix.length());
      }
    }
    id = id.toUpperCase(Locale.ROOT);
    return FORMAT.matcher(id).matches() && checks(id)
        ? Optional.of(new Orcid(id))
        : Optional.empty();
  }

  /** The iD's page at orcid.org, which the portal links to. */
  public String link() {
    return "https://orcid.org/" + value;
  }

  /** ISO 7064 MOD 11-2 check character of the fifteen digits before the last. */
  static char checkCharacter(String fifteenDigits) {
    int total = 0;
    for (int i = 0; i < fifteenDigits.length(); i++) {
      total = (total + (fifteenDigits.charAt(i) - '0')) * 2;
    }
    int result = (12 - total % 11) % 11;
    return result == 10 ? 'X' : (char) ('0' + result);
  }

  private static boolean checks(String id) {
    String digits = id.replace("-", "");
    return checkCharacter(digits.substring(0, 15)) == digits.charAt(15);
  }

  @Override
  public String toString() {
    return value;
  }
}
