package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.institute.core.PartnerId;
import org.institute.core.Scope;
import org.institute.records.RecordsAction;
import org.junit.jupiter.api.Test;

class RecordsPolicyTest {

  @Test
  void readersOfEveryPartnerReadTheSpaceToo() {
    assertThat(RecordsPolicy.allowedFor(Scope.all(), false))
        .containsExactlyInAnyOrder(
            RecordsAction.READ_PROJECTS,
            RecordsAction.READ_SPIN_OFFS,
            RecordsAction.READ_FUNDING,
            RecordsAction.READ_SPACE);
  }

  @Test
  void partnerStaffReadTheirPartnersRecordsButNotTheSharedSpace() {
    assertThat(RecordsPolicy.allowedFor(Scope.of(new PartnerId(3)), false))
        .containsExactlyInAnyOrder(
            RecordsAction.READ_PROJECTS, RecordsAction.READ_SPIN_OFFS, RecordsAction.READ_FUNDING);
  }

  @Test
  void callersWithoutAScopeReadNothing() {
    assertThat(RecordsPolicy.allowedFor(Scope.none(), false)).isEmpty();
  }

  @Test
  void onlyAdminsManageRecords() {
    assertThat(RecordsPolicy.allowedFor(Scope.all(), true)).contains(RecordsAction.MANAGE_RECORDS);
    assertThat(RecordsPolicy.allowedFor(Scope.all(), false))
        .doesNotContain(RecordsAction.MANAGE_RECORDS);
  }
}
