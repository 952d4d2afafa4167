package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.institute.core.CoreAction;
import org.institute.core.Role;
import org.junit.jupiter.api.Test;

class CorePolicyTest {

  @Test
  void adminsAdministerEverything() {
    assertThat(CorePolicy.allowedFor(EnumSet.of(Role.ADMIN)))
        .containsExactlyInAnyOrder(CoreAction.values());
  }

  @Test
  void auditorsReadTheAuditTrailAndTheRates() {
    assertThat(CorePolicy.allowedFor(EnumSet.of(Role.AUDITOR)))
        .containsExactlyInAnyOrder(CoreAction.READ_AUDIT_TRAIL, CoreAction.READ_FX_RATES);
  }

  @Test
  void councilMembersReadOnlyTheRates() {
    assertThat(CorePolicy.allowedFor(EnumSet.of(Role.COUNCIL)))
        .containsExactly(CoreAction.READ_FX_RATES);
  }

  @Test
  void otherRolesAdministerNothing() {
    for (Role role : EnumSet.of(Role.PARTNER_STAFF, Role.COORDINATOR)) {
      assertThat(CorePolicy.allowedFor(EnumSet.of(role))).as("%s", role).isEmpty();
    }
    assertThat(CorePolicy.allowedFor(Set.of())).isEmpty();
  }
}
