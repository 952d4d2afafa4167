package org.institute.web.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.institute.core.ApiArea;
import org.junit.jupiter.api.Test;

/** Which area a resource is in, for a token's scopes, and which methods write. */
class ApiAreasTest {

  @Test
  void theResourcesPackageOrItsDeclarationNamesTheArea() {
    assertThat(ApiAreas.of(org.institute.web.licensing.rest.LicenceDealResource.class))
        .contains(ApiArea.LICENSING);
    assertThat(ApiAreas.of(org.institute.web.core.rest.WebhooksResource.class))
        .contains(ApiArea.ADMIN);
    assertThat(ApiAreas.of(org.institute.web.core.rest.MeResource.class)).contains(ApiArea.ACCOUNT);
    assertThat(ApiAreas.of(org.institute.web.core.rest.AccessTokensResource.class))
        .contains(ApiArea.TOKENS);
    assertThat(ApiAreas.of(String.class)).isEmpty();
  }

  @Test
  void onlyGetHeadAndOptionsRead() {
    assertThat(ApiAreas.writes("GET")).isFalse();
    assertThat(ApiAreas.writes("HEAD")).isFalse();
    assertThat(ApiAreas.writes("OPTIONS")).isFalse();
    assertThat(ApiAreas.writes("POST")).isTrue();
    assertThat(ApiAreas.writes("PUT")).isTrue();
    assertThat(ApiAreas.writes("PATCH")).isTrue();
    assertThat(ApiAreas.writes("DELETE")).isTrue();
  }
}
