package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.institute.core.Violation;
import org.institute.licensing.DistributionTier;
import org.institute.licensing.NewDistributionPolicy;

/**
 * The rules of a distribution policy version: an institution, an effective date not in the past and
 * after the last day whose payments the institution's income was already distributed on (so no
 * version changes a distribution made), one to ten tiers, the first from S$0, each from a different
 * amount (whole cents under S$1,000,000,000,000), each giving 0 to 100 % (two decimals) to the
 * inventors.
 */
public final class DistributionPolicyCheck {

  /** How many tiers a version may have. */
  public static final int MAX_TIERS = 10;

  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

  private DistributionPolicyCheck() {}

  /**
   * @param lastDistributed the latest payment date already distributed for the institution, if any
   * @param today the day it is saved on, before which it may not start (null: a history import,
   *     which may start in the past while nothing was distributed after it)
   */
  public static List<Violation> violations(
      NewDistributionPolicy p, LocalDate lastDistributed, LocalDate today) {
    List<Violation> problems = new ArrayList<>();
    if (p == null) {
      problems.add(new Violation(null, "request.bodyRequired"));
      return problems;
    }
    if (p.partnerId() == null || p.partnerId() <= 0) {
      problems.add(new Violation("partnerId", "partner.unknown"));
    }
    if (p.effectiveFrom() == null) {
      problems.add(new Violation("effectiveFrom", "field.required"));
    } else if (today != null && p.effectiveFrom().isBefore(today)) {
      problems.add(new Violation("effectiveFrom", "licensing.distribution.inPast"));
    } else if (lastDistributed != null && !p.effectiveFrom().isAfter(lastDistributed)) {
      problems.add(new Violation("effectiveFrom", "licensing.distribution.afterDistributed"));
    }
    if (p.note() != null && p.note().length() > 500) {
      problems.add(new Violation("note", "field.tooLong"));
    }
    List<DistributionTier> tiers = p.tiers();
    if (tiers == null || tiers.isEmpty()) {
      problems.add(new Violation("tiers", "licensing.distribution.tiers.required"));
      return problems;
    }
    if (tiers.size() > MAX_TIERS) {
      problems.add(new Violation("tiers", "licensing.distribution.tiers.tooMany"));
      return problems;
    }
    List<BigDecimal> starts = new ArrayList<>();
    for (int i = 0; i < tiers.size(); i++) {
      DistributionTier t = tiers.get(i);
      String field = "tiers[" + i + "]";
      if (t == null) {
        problems.add(new Violation(field, "field.required"));
        continue;
      }
      if (t.fromSgd() == null) {
        problems.add(new Violation(field + ".fromSgd", "field.required"));
      } else if (t.fromSgd().signum() < 0
          || t.fromSgd().compareTo(LIMIT) >= 0
          || t.fromSgd().stripTrailingZeros().scale() > 2) {
        problems.add(new Violation(field + ".fromSgd", "licensing.distribution.from.invalid"));
      } else if (starts.stream().anyMatch(s -> s.compareTo(t.fromSgd()) == 0)) {
        problems.add(new Violation(field + ".fromSgd", "licensing.distribution.from.duplicate"));
      } else {
        starts.add(t.fromSgd());
      }
      if (t.inventorsPercent() == null) {
        problems.add(new Violation(field + ".inventorsPercent", "field.required"));
      } else if (t.inventorsPercent().signum() < 0
          || t.inventorsPercent().compareTo(HUNDRED) > 0
          || t.inventorsPercent().stripTrailingZeros().scale() > 2) {
        problems.add(
            new Violation(field + ".inventorsPercent", "licensing.distribution.percent.invalid"));
      }
    }
    if (!starts.isEmpty() && starts.stream().noneMatch(s -> s.signum() == 0)) {
      problems.add(new Violation("tiers[0].fromSgd", "licensing.distribution.from.firstZero"));
    }
    return problems;
  }

  /** The tiers from the lowest amount up. */
  static List<DistributionTier> ordered(List<DistributionTier> tiers) {
    return tiers.stream().sorted(Comparator.comparing(DistributionTier::fromSgd)).toList();
  }
}
