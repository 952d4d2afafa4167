package org.institute.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.AccessTokens;
import org.institute.core.AccessTokens.NewAccessToken;
import org.institute.core.ApiScope;
import org.institute.core.Caller;
import org.institute.core.RecordNotFoundException;
import org.institute.core.domain.AccessToken;
import org.institute.core.domain.AccessTokenRepository;
import org.institute.core.domain.AccessTokenSecret;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.junit.jupiter.api.Test;

/** Creating, listing, revoking and recognising personal access tokens. */
class AccessTokensTest {

  private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
  private static final LocalDate NEXT_MONTH = LocalDate.of(2027, 1, 5);

  private final Store store = new Store();
  private final RecordingAudit audit = new RecordingAudit();
  private Instant now = NOW;

  private AccessTokenService service(Caller caller) {
    AccessTokenService s = new AccessTokenService();
    Wiring.inject(s, "repository", store);
    Wiring.inject(s, "policy", Policies.policy(caller));
    Wiring.inject(s, "caller", caller);
    Wiring.inject(s, "audit", audit);
    Wiring.inject(s, "clock", Clock.fixed(now, ZoneOffset.UTC));
    return s;
  }

  private AccessTokens.Created create(Caller caller, ApiScope... scopes) {
    return service(caller)
        .create(new NewAccessToken("ERP", EnumSet.of(scopes[0], scopes), NEXT_MONTH, null));
  }

  @Test
  void aSignedInUserCreatesATokenSeenOnceAndStoredOnlyAsItsHash() {
    AccessTokens.Created created = create(TestCaller.staffOf(1), ApiScope.LICENSING_READ);

    assertThat(created.secret()).startsWith("ipat_");
    assertThat(created.token().username()).isEqualTo("staff1");
    assertThat(created.token().scopes()).containsExactly("licensing:read");
    assertThat(created.token().scopeList()).containsExactly(ApiScope.LICENSING_READ);
    assertThat(created.token().active()).isTrue();
    AccessToken stored = store.tokens.get(0);
    assertThat(hashOf(stored)).isEqualTo(AccessTokenSecret.hash(created.secret()));
    assertThat(audit.entries)
        .singleElement()
        .asString()
        .startsWith("ACCESS_TOKEN_CREATED AccessToken#1: 'ERP' (" + created.token().prefix())
        .contains("for staff1, scopes licensing:read, expires 2027-01-06T00:00:00Z")
        .doesNotContain(created.secret());
  }

  @Test
  void administrationScopesAreOfferedOnlyToThoseWhoAdministerSomething() {
    assertThat(service(TestCaller.coordinator()).offeredScopes())
        .doesNotContain(ApiScope.ADMIN_READ, ApiScope.ADMIN_WRITE)
        .contains(ApiScope.TALENT_WRITE, ApiScope.PARTNERS_READ, ApiScope.REPORTS_READ);
    assertThat(service(TestCaller.staffOf(1)).offeredScopes())
        .doesNotContain(ApiScope.ADMIN_READ, ApiScope.ADMIN_WRITE);
    assertThat(service(TestCaller.auditor()).offeredScopes())
        .contains(ApiScope.ADMIN_READ)
        .doesNotContain(ApiScope.ADMIN_WRITE);
    assertThat(service(TestCaller.council()).offeredScopes())
        .contains(ApiScope.ADMIN_READ)
        .doesNotContain(ApiScope.ADMIN_WRITE);
    assertThat(service(TestCaller.admin()).offeredScopes()).containsExactly(ApiScope.values());
    assertThatThrownBy(() -> service(TestCaller.anonymous()).offeredScopes())
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void nobodySignedInCreatesNoToken() {
    AccessTokenService s = service(TestCaller.anonymous());
    assertThatThrownBy(
            () ->
                s.create(
                    new NewAccessToken("x", EnumSet.of(ApiScope.TALENT_READ), NEXT_MONTH, null)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(s::mine).isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void aLiveTokenGrantsItsUserAndScopesAndNotesItsUse() {
    AccessTokens.Created created =
        create(TestCaller.coordinator(), ApiScope.TALENT_WRITE, ApiScope.REPORTS_READ);

    Optional<AccessTokens.Grant> grant =
        service(TestCaller.anonymous()).authenticate(created.secret());

    assertThat(grant).isPresent();
    assertThat(grant.get().username()).isEqualTo("coordinator");
    assertThat(grant.get().scopes())
        .containsExactlyInAnyOrder(ApiScope.TALENT_WRITE, ApiScope.REPORTS_READ);
    assertThat(service(TestCaller.coordinator()).mine().get(0).lastUsedAt()).isEqualTo(NOW);
  }

  @Test
  void anUnknownExpiredOrRevokedSecretGrantsNothing() {
    AccessTokens.Created created = create(TestCaller.staffOf(1), ApiScope.LICENSING_READ);
    AccessTokenService anonymous = service(TestCaller.anonymous());
    assertThat(anonymous.authenticate(AccessTokenSecret.newSecret())).isEmpty();
    assertThat(anonymous.authenticate("not a token")).isEmpty();
    assertThat(anonymous.authenticate(null)).isEmpty();

    now = Instant.parse("2027-01-06T00:00:00Z");
    assertThat(service(TestCaller.anonymous()).authenticate(created.secret())).isEmpty();

    now = NOW;
    service(TestCaller.staffOf(1)).revoke(created.token().id());
    assertThat(service(TestCaller.anonymous()).authenticate(created.secret())).isEmpty();
  }

  @Test
  void ownersRevokeTheirTokensAndOthersDoNotFindThem() {
    AccessTokens.Created created = create(TestCaller.staffOf(1), ApiScope.LICENSING_READ);
    long id = created.token().id();

    assertThatThrownBy(() -> service(TestCaller.staffOf(2)).revoke(id))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> service(TestCaller.auditor()).revoke(id))
        .isInstanceOf(RecordNotFoundException.class);
    AccessTokens.AccessTokenView revoked = service(TestCaller.staffOf(1)).revoke(id);
    assertThat(revoked.active()).isFalse();
    service(TestCaller.staffOf(1)).revoke(id);
    assertThat(audit.entries).hasSize(2);
    assertThat(audit.entries.get(1)).startsWith("ACCESS_TOKEN_REVOKED AccessToken#" + id);
  }

  @Test
  void adminsListAndRevokeAnyonesTokensAndOnlyAdmins() {
    create(TestCaller.staffOf(1), ApiScope.LICENSING_READ);
    AccessTokens.Created second = create(TestCaller.coordinator(), ApiScope.TALENT_READ);

    assertThat(service(TestCaller.admin()).all(null)).hasSize(2);
    assertThat(service(TestCaller.admin()).all("coordinator"))
        .extracting(AccessTokens.AccessTokenView::username)
        .containsExactly("coordinator");
    assertThat(service(TestCaller.staffOf(1)).mine()).hasSize(1);
    for (Caller c : List.of(TestCaller.staffOf(1), TestCaller.auditor(), TestCaller.council())) {
      assertThatThrownBy(() -> service(c).all(null)).isInstanceOf(AccessRefusedException.class);
    }
    assertThat(service(TestCaller.admin()).revoke(second.token().id()).active()).isFalse();
  }

  private static String hashOf(AccessToken token) {
    try {
      Field f = AccessToken.class.getDeclaredField("tokenHash");
      f.setAccessible(true);
      return (String) f.get(token);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Store implements AccessTokenRepository {
    final List<AccessToken> tokens = new ArrayList<>();

    @Override
    public void add(AccessToken token) {
      try {
        Field f = AccessToken.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(token, (long) tokens.size() + 1);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      tokens.add(token);
    }

    @Override
    public Optional<AccessToken> find(long id) {
      return tokens.stream().filter(t -> t.id() == id).findFirst();
    }

    @Override
    public Optional<AccessToken> byHash(String hash) {
      return tokens.stream().filter(t -> hashOf(t).equals(hash)).findFirst();
    }

    @Override
    public List<AccessToken> of(String username) {
      return tokens.stream()
          .filter(t -> username == null || t.username().equals(username))
          .sorted(Comparator.comparing(AccessToken::id).reversed())
          .toList();
    }
  }
}
