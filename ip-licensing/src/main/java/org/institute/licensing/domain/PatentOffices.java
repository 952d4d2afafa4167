package org.institute.licensing.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.institute.licensing.Jurisdiction;

/**
 * Office codes per WIPO ST.3: the ISO 3166-1 two-letter codes of states and the codes of the
 * regional and international offices. WO (the PCT's receiving office at WIPO) and IB (its
 * International Bureau) are the register's PCT.
 */
public final class PatentOffices {

  /** ST.3's codes of organisations, besides the states' ISO 3166-1 codes. */
  static final Set<String> ORGANISATIONS =
      Set.of("AP", "BX", "EA", "EM", "EP", "GC", "IB", "OA", "QZ", "WO", "XN", "XU", "XV", "XX");

  private static final Set<String> STATES = Set.of(Locale.getISOCountries());

  private PatentOffices() {}

  /** The code in upper case when it is an ST.3 code; empty otherwise. */
  public static Optional<String> code(String office) {
    if (office == null) {
      return Optional.empty();
    }
    String code = office.trim().toUpperCase(Locale.ROOT);
    return STATES.contains(code) || ORGANISATIONS.contains(code)
        ? Optional.of(code)
        : Optional.empty();
  }

  /** The register's jurisdiction of an ST.3 code; empty for the offices it does not keep. */
  public static Optional<Jurisdiction> jurisdiction(String code) {
    if (code == null) {
      return Optional.empty();
    }
    if (code.equals("WO") || code.equals("IB")) {
      return Optional.of(Jurisdiction.PCT);
    }
    for (Jurisdiction j : Jurisdiction.values()) {
      if (j != Jurisdiction.PCT && j.name().equals(code)) {
        return Optional.of(j);
      }
    }
    return Optional.empty();
  }

  /**
   * An application or priority number in the form the register compares: upper case, no spaces, and
   * without the office's code in front when the file repeats it (CN202010123456.7 and
   * 202010123456.7 at CN are one number).
   */
  public static String number(String office, String number) {
    if (number == null) {
      return null;
    }
    String n = number.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    if (office != null
        && n.length() > 2
        && n.startsWith(office)
        && Character.isDigit(n.charAt(office.length()))) {
      n = n.substring(office.length());
    }
    return n;
  }

  /** The key an application or a priority claim is matched by: office, colon, number. */
  public static String key(String office, String number) {
    return office + ":" + number(office, number);
  }
}
