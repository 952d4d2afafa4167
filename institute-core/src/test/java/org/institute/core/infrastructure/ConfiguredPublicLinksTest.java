package org.institute.core.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfiguredPublicLinksTest {

  @Test
  void aLinkIsThePathUnderTheConfiguredBaseWithOneSlashBetween() {
    ConfiguredPublicLinks links = new ConfiguredPublicLinks(" https://institute.example.org// ");

    assertThat(links.to("/verify/ABC")).isEqualTo("https://institute.example.org/verify/ABC");
    assertThat(links.to("set-password.xhtml?token=t"))
        .isEqualTo("https://institute.example.org/set-password.xhtml?token=t");
  }

  @Test
  void withoutASettingLinksPointAtTheLocalPortal() {
    assertThat(new ConfiguredPublicLinks(null).to("/verify/ABC"))
        .isEqualTo("http://localhost:8080/verify/ABC");
    assertThat(new ConfiguredPublicLinks("  ").to("/")).isEqualTo("http://localhost:8080/");
  }
}
