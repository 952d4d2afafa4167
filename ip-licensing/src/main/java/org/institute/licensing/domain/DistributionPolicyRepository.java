package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The saved versions of the institutions' distribution policies. */
public interface DistributionPolicyRepository {

  DistributionPolicyVersion add(DistributionPolicyVersion version);

  /** Every saved version, by institution, the latest effective first. */
  List<DistributionPolicyVersion> all();

  /** The versions in force on the day, by institution (those without one are absent). */
  Map<Long, DistributionPolicyVersion> inForceOn(LocalDate day);
}
