package org.institute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one rule of a token's scopes against an operation. */
class ApiScopeTest {

  @Test
  void aReadScopeReadsItsAreaAndWritesNothing() {
    Set<ApiScope> read = EnumSet.of(ApiScope.LICENSING_READ);
    assertThat(ApiScope.permits(read, ApiArea.LICENSING, false)).isTrue();
    assertThat(ApiScope.permits(read, ApiArea.LICENSING, true)).isFalse();
  }

  @Test
  void aWriteScopeAlsoReadsItsArea() {
    Set<ApiScope> write = EnumSet.of(ApiScope.TALENT_WRITE);
    assertThat(ApiScope.permits(write, ApiArea.TALENT, false)).isTrue();
    assertThat(ApiScope.permits(write, ApiArea.TALENT, true)).isTrue();
  }

  @Test
  void aScopeOpensNoOtherArea() {
    Set<ApiScope> write = EnumSet.of(ApiScope.PARTNERS_WRITE);
    for (ApiArea area : EnumSet.complementOf(EnumSet.of(ApiArea.PARTNERS, ApiArea.ACCOUNT))) {
      assertThat(ApiScope.permits(write, area, false)).as("%s", area).isFalse();
    }
  }

  @Test
  void everyTokenReadsItsOwnAccountAndNoneChangesIt() {
    assertThat(ApiScope.permits(Set.of(), ApiArea.ACCOUNT, false)).isTrue();
    assertThat(ApiScope.permits(EnumSet.allOf(ApiScope.class), ApiArea.ACCOUNT, true)).isFalse();
  }

  @Test
  void noTokenManagesTokensWhateverItsScopes() {
    Set<ApiScope> all = EnumSet.allOf(ApiScope.class);
    assertThat(ApiScope.permits(all, ApiArea.TOKENS, false)).isFalse();
    assertThat(ApiScope.permits(all, ApiArea.TOKENS, true)).isFalse();
  }

  @Test
  void scopesAreReadFromTheirWireNames() {
    assertThat(ApiScope.parse(" licensing:read ")).contains(ApiScope.LICENSING_READ);
    assertThat(ApiScope.parse("ADMIN:WRITE")).contains(ApiScope.ADMIN_WRITE);
    assertThat(ApiScope.parse("reports:write")).isEmpty();
    assertThat(ApiScope.parse(null)).isEmpty();
    for (ApiScope s : ApiScope.values()) {
      assertThat(ApiScope.parse(s.wireName())).contains(s);
    }
  }
}
