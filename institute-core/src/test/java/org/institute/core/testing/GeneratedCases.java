package org.institute.core.testing;

/**
 * How many generated cases a property test runs. A plain build runs each test's full number; the
 * mutation profile sets {@code generated.cases.percent} (pom.xml, -Pmutation), because PIT runs
 * every test that covers a mutant for each mutant, and a test of thousands of cases then costs its
 * full time thousands of times over. Under PIT a test runs that share of its cases, at least {@link
 * #MINIMUM}, from the same seeded sequence: the first cases of the full run, never others.
 */
public final class GeneratedCases {

  /** The fewest cases a scaled run keeps. */
  public static final int MINIMUM = 50;

  private GeneratedCases() {}

  /** The number of cases to run of a test written for {@code full}. */
  public static int of(int full) {
    int percent = Integer.getInteger("generated.cases.percent", 100);
    if (percent >= 100 || full <= MINIMUM) {
      return full;
    }
    return Math.max(MINIMUM, (int) ((long) full * Math.max(percent, 0) / 100));
  }
}
