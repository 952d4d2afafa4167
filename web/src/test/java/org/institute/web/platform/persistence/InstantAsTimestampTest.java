package org.institute.web.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Types;
import java.util.ServiceLoader;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.spi.JdbcTypeRegistry;
import org.hibernate.type.spi.TypeConfiguration;
import org.junit.jupiter.api.Test;

class InstantAsTimestampTest {

  @Test
  void theTypeHibernateGivesAnInstantBecomesThePlainTimestamp() {
    TypeConfiguration types = new TypeConfiguration();
    JdbcTypeRegistry registry = types.getJdbcTypeRegistry();
    int before = registry.getDescriptor(SqlTypes.TIMESTAMP_UTC).getJdbcTypeCode();

    new InstantAsTimestamp().contribute(() -> types, null);

    assertThat(before).isNotEqualTo(Types.TIMESTAMP);
    assertThat(registry.getDescriptor(SqlTypes.TIMESTAMP_UTC).getJdbcTypeCode())
        .isEqualTo(Types.TIMESTAMP);
  }

  @Test
  void hibernateFindsTheContributorThroughTheServiceFile() {
    assertThat(
            ServiceLoader.load(TypeContributor.class).stream()
                .map(p -> p.type().getName())
                .toList())
        .contains(InstantAsTimestamp.class.getName());
  }
}
