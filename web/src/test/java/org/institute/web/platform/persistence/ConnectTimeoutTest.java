package org.institute.web.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectTimeoutTest {

  @Test
  void aMariaDbUrlGetsAConnectTimeoutUnlessItSetsOne() {
    assertThat(ConfiguredXaDataSource.withConnectTimeout("jdbc:mariadb://db:3306/institute"))
        .isEqualTo("jdbc:mariadb://db:3306/institute?connectTimeout=5000");
    assertThat(
            ConfiguredXaDataSource.withConnectTimeout(
                "jdbc:mariadb://db:3306/institute?createDatabaseIfNotExist=true"))
        .isEqualTo(
            "jdbc:mariadb://db:3306/institute?createDatabaseIfNotExist=true&connectTimeout=5000");
    assertThat(ConfiguredXaDataSource.withConnectTimeout("jdbc:mariadb://db/i?connectTimeout=900"))
        .isEqualTo("jdbc:mariadb://db/i?connectTimeout=900");
  }
}
