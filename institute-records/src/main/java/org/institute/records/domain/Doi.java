package org.institute.records.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Digital Object Identifier as Crossref recommends matching it: {@code 10.} then a registrant
 * code of 4 to 9 digits, a slash and a suffix of the usual characters. DOIs compare
 * case-insensitively, so the normal form is lower case; a leading {@code https://doi.org/} or
 * {@code doi:} is dropped.
 */
public final class Doi {

  private static final Pattern FORMAT = Pattern.compile("10\\.\\d{4,9}/[-._;()/:a-z0-9]+");

  private Doi() {}

  public static Optional<String> normalise(String text) {
    if (text == null) {
      return Optional.empty();
    }
    String doi = text.trim().toLowerCase(Locale.ROOT);
    for (String prefix : new String[] {"https://doi.org/", "http://doi.org/", "doi:"}) {
      if (doi.startsWith(prefix)) {
        doi = doi.substring(prefix.length());
      }
    }
    return doi.length() <= 200 && FORMAT.matcher(doi).matches()
        ? Optional.of(doi)
        : Optional.empty();
  }
}
