package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The saved versions of the approval policy. */
public interface ApprovalPolicyRepository {

  ApprovalPolicyVersion add(ApprovalPolicyVersion version);

  /** Every saved version, the latest effective first (the higher number first on one day). */
  List<ApprovalPolicyVersion> all();

  /** The saved version in force on the day: the latest effective on or before it. */
  Optional<ApprovalPolicyVersion> inForceOn(LocalDate day);

  /** The highest version number saved, 0 when none. */
  int lastNumber();
}
