package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.institute.core.AccessRefusedException;
import org.institute.core.PartnerId;
import org.institute.core.Scope;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
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

  private static RecordsPolicy policyFor(TestCaller caller) {
    return Wiring.inject(new RecordsPolicy(), "caller", caller);
  }

  @Test
  void theCallersAllowedActionsFollowTheirScopeAndRole() {
    assertThat(policyFor(TestCaller.admin()).allowedActions())
        .contains(RecordsAction.MANAGE_RECORDS, RecordsAction.READ_SPACE);
    assertThat(policyFor(TestCaller.staffOf(3)).allowedActions())
        .containsExactlyInAnyOrder(
            RecordsAction.READ_PROJECTS, RecordsAction.READ_SPIN_OFFS, RecordsAction.READ_FUNDING);
  }

  @Test
  void partnerStaffReadTheirPartnersScope() {
    assertThat(policyFor(TestCaller.staffOf(3)).readScope("projects"))
        .isEqualTo(Scope.of(new PartnerId(3)));
    assertThat(policyFor(TestCaller.council()).readScope("projects").isAll()).isTrue();
  }

  @Test
  void anonymousCallersAndThoseWithoutAScopeReadNothing() {
    assertThatThrownBy(() -> policyFor(TestCaller.anonymous()).readScope("projects"))
        .isInstanceOf(AccessRefusedException.class)
        .hasMessage("not allowed: projects");
    assertThatThrownBy(() -> policyFor(TestCaller.coordinator()).readScope("projects"))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void onlyReadersOfEverythingReadTheSpace() {
    policyFor(TestCaller.auditor()).requireReaderOfAll("space");

    assertThatThrownBy(() -> policyFor(TestCaller.staffOf(3)).requireReaderOfAll("space"))
        .isInstanceOf(AccessRefusedException.class)
        .hasMessage("not allowed: space");
  }

  @Test
  void signedInMeansAuthenticatedWhateverTheScope() {
    policyFor(TestCaller.coordinator()).requireSignedIn("centres");

    assertThatThrownBy(() -> policyFor(TestCaller.anonymous()).requireSignedIn("centres"))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void onlyAdminsAreManagers() {
    policyFor(TestCaller.admin()).requireManager("record");

    assertThatThrownBy(() -> policyFor(TestCaller.council()).requireManager("record"))
        .isInstanceOf(AccessRefusedException.class);
  }
}
