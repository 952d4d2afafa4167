package org.institute.licensing;

import java.util.List;

/**
 * Named approver roles (decision 0108): admins define roles such as "Legal counsel / 法律顾问" and
 * assign them to enabled admins; an approval policy's rule may ask for one approval by a holder of
 * each role it names. Every change is audited.
 */
public interface ApproverRoles {

  /**
   * Every role with its holders, by code.
   *
   * @throws org.institute.core.AccessRefusedException unless the caller manages approval policies
   */
  List<ApproverRoleView> roles();

  /**
   * Defines a role.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code code}, {@code name} or {@code
   *     nameZh} when missing, malformed or the code is taken
   * @throws org.institute.core.AccessRefusedException unless the caller manages approval policies
   */
  ApproverRoleView create(NewApproverRole role);

  /**
   * Gives the role to an enabled admin (nothing changes when they hold it already).
   *
   * @throws org.institute.core.RecordNotFoundException when there is no such role
   * @throws org.institute.core.InvalidCommandException naming {@code username} when it is not an
   *     enabled admin's
   */
  ApproverRoleView assign(String code, String username);

  /**
   * Takes the role from a holder (deals already submitted keep what they need).
   *
   * @throws org.institute.core.RecordNotFoundException when there is no such role
   */
  ApproverRoleView unassign(String code, String username);
}
