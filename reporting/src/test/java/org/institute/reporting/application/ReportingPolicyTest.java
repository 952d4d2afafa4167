package org.institute.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Caller;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.reporting.ReportingAction;
import org.junit.jupiter.api.Test;

class ReportingPolicyTest {

  /** A caller as the core would give it: roles and, for partner staff, a partner. */
  private record TestCaller(Set<Role> roles, Optional<PartnerId> partner) implements Caller {
    @Override
    public boolean isAuthenticated() {
      return !roles.isEmpty();
    }

    @Override
    public String name() {
      return "someone";
    }
  }

  private static ReportingPolicy as(Role role) {
    return new ReportingPolicy(new TestCaller(Set.of(role), Optional.empty()));
  }

  @Test
  void adminsReadReportsAndAloneSetKpiTargets() {
    assertThat(as(Role.ADMIN).allowed()).containsExactlyInAnyOrder(ReportingAction.values());
  }

  @Test
  void councilAndAuditorsReadEveryReportButSetNoTarget() {
    for (Role role : Set.of(Role.COUNCIL, Role.AUDITOR)) {
      assertThat(as(role).allowed())
          .as(role.name())
          .containsExactlyInAnyOrder(
              ReportingAction.READ_KPIS, ReportingAction.GENERATE_ANNUAL_REPORT);
      assertThatCode(() -> as(role).requireReader("the annual report")).doesNotThrowAnyException();
    }
  }

  @Test
  void partnerStaffAndCoordinatorsReadNoInstituteReport() {
    ReportingPolicy staff =
        new ReportingPolicy(
            new TestCaller(Set.of(Role.PARTNER_STAFF), Optional.of(new PartnerId(1))));
    for (ReportingPolicy policy : Set.of(staff, as(Role.COORDINATOR))) {
      assertThat(policy.allowed()).isEmpty();
      assertThatThrownBy(() -> policy.requireReader("the annual report"))
          .isInstanceOf(AccessRefusedException.class);
    }
  }

  @Test
  void aCallerWithoutRolesReadsNothing() {
    TestCaller nobody = new TestCaller(Set.of(), Optional.empty());
    assertThat(new ReportingPolicy(nobody).allowed()).isEmpty();
    assertThat(ReportingPolicy.readsReports(nobody)).isFalse();
  }
}
