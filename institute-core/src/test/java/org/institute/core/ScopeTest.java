package org.institute.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.institute.core.testing.TestCaller;
import org.junit.jupiter.api.Test;

class ScopeTest {

  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId SCUT = new PartnerId(2);

  @Test
  void adminsCouncilAndAuditorsReadEveryPartner() {
    for (Role role : List.of(Role.ADMIN, Role.COUNCIL, Role.AUDITOR)) {
      assertThat(Caller.scopeOf(EnumSet.of(role), Optional.empty()).isAll())
          .as("%s", role)
          .isTrue();
      assertThat(Caller.scopeOf(EnumSet.of(role, Role.PARTNER_STAFF), Optional.of(NTU)).isAll())
          .isTrue();
    }
  }

  @Test
  void partnerStaffReadTheirOwnPartnerOnly() {
    Scope scope = Caller.scopeOf(EnumSet.of(Role.PARTNER_STAFF), Optional.of(NTU));
    assertThat(scope.isAll()).isFalse();
    assertThat(scope.isNone()).isFalse();
    assertThat(scope.includes(NTU)).isTrue();
    assertThat(scope.includes(SCUT)).isFalse();
    assertThat(scope.partnerIds()).containsExactly(1L);
  }

  @Test
  void partnerStaffWithoutAPartnerReadNothing() {
    assertThat(Caller.scopeOf(EnumSet.of(Role.PARTNER_STAFF), Optional.empty()).isNone()).isTrue();
  }

  @Test
  void coordinatorsAndAnonymousCallersReadNothingByTheCoreRule() {
    assertThat(Caller.scopeOf(EnumSet.of(Role.COORDINATOR), Optional.of(NTU)).isNone()).isTrue();
    assertThat(Caller.scopeOf(Set.of(), Optional.empty()).isNone()).isTrue();
  }

  @Test
  void licenseeStaffReadNothingByTheCoreRuleThoughTheyBelongToAPartner() {
    assertThat(Caller.scopeOf(EnumSet.of(Role.LICENSEE), Optional.of(NTU)).isNone()).isTrue();
  }

  @Test
  void aSharedRecordIsInScopeWhenAnyOwnerIs() {
    Scope scope = Scope.of(SCUT);
    assertThat(scope.includesAny(List.of(NTU, SCUT))).isTrue();
    assertThat(scope.includesAny(List.of(NTU))).isFalse();
    assertThat(Scope.all().includesAny(List.of())).isTrue();
    assertThat(Scope.none().includesAny(List.of(NTU))).isFalse();
  }

  @Test
  void anEmptyListOfPartnersIsNoScope() {
    assertThat(Scope.of(List.of())).isEqualTo(Scope.none());
    assertThat(Scope.none().partnerIds()).isEmpty();
  }

  @Test
  void theScopeOfAllHasNoFiniteList() {
    assertThatThrownBy(() -> Scope.all().partners()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void foldPicksTheAnswerThatFits() {
    assertThat(Scope.all().fold("all", p -> "some", "none")).isEqualTo("all");
    assertThat(Scope.of(NTU).fold("all", p -> "some " + p, "none")).isEqualTo("some [1]");
    assertThat(Scope.none().fold("all", p -> "some", "none")).isEqualTo("none");
  }

  @Test
  void requireAnyRoleRefusesOtherRoles() {
    Caller coordinator = TestCaller.with(Role.COORDINATOR);
    coordinator.requireAnyRole("enrolling", Role.ADMIN, Role.COORDINATOR);
    assertThatThrownBy(() -> coordinator.requireAnyRole("approving a deal", Role.ADMIN))
        .isInstanceOf(AccessRefusedException.class)
        .hasMessageContaining("approving a deal");
  }
}
