package org.institute.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.Role;
import org.institute.core.testing.TestCaller;
import org.institute.reporting.ReportingAction;
import org.junit.jupiter.api.Test;

class ReportingPolicyTest {

  private static ReportingPolicy as(Role role) {
    return new ReportingPolicy(TestCaller.with(role));
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
    ReportingPolicy staff = new ReportingPolicy(TestCaller.staffOf(1));
    for (ReportingPolicy policy : Set.of(staff, as(Role.COORDINATOR))) {
      assertThat(policy.allowed()).isEmpty();
      assertThatThrownBy(() -> policy.requireReader("the annual report"))
          .isInstanceOf(AccessRefusedException.class);
    }
  }

  @Test
  void aCallerWithoutRolesReadsNothing() {
    TestCaller nobody = TestCaller.anonymous();
    assertThat(new ReportingPolicy(nobody).allowed()).isEmpty();
    assertThat(ReportingPolicy.readsReports(nobody)).isFalse();
  }
}
