package org.institute.licensing.domain;

import java.util.List;
import java.util.Optional;

/** The named approver roles (decision 0108). */
public interface ApproverRoleRepository {

  ApproverRole add(ApproverRole role);

  /** Every role, by code. */
  List<ApproverRole> all();

  Optional<ApproverRole> byCode(String code);
}
