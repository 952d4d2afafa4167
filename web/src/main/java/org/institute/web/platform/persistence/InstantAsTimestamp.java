package org.institute.web.platform.persistence;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.boot.model.TypeContributor;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.TimestampJdbcType;

/**
 * Stores every {@code Instant} in a plain {@code TIMESTAMP}/{@code DATETIME} column, read and
 * written in UTC ({@code hibernate.jdbc.time_zone}), as the migrations declare them on H2 and
 * MariaDB. Hibernate maps an instant to the JDBC type registered under {@code TIMESTAMP_UTC}; this
 * puts the plain timestamp there. It replaces the setting {@code
 * hibernate.type.preferred_instant_jdbc_type=TIMESTAMP}, which does the same but is incubating and
 * logged a warning for every instant attribute at boot (50 lines; decision 0087). Found by
 * Hibernate through {@code META-INF/services}, after the dialect's own types.
 */
public class InstantAsTimestamp implements TypeContributor {

  @Override
  public void contribute(TypeContributions contributions, ServiceRegistry serviceRegistry) {
    contributions
        .getTypeConfiguration()
        .getJdbcTypeRegistry()
        .addDescriptor(SqlTypes.TIMESTAMP_UTC, TimestampJdbcType.INSTANCE);
  }
}
