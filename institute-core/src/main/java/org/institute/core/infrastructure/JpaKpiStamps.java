package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.institute.core.KpiStamps;

/**
 * The stamps as rows of core_kpi_stamp (core migration V58): an increment in the writer's
 * transaction, one select for the reader.
 */
@ApplicationScoped
@Transactional
class JpaKpiStamps implements KpiStamps {

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional(Transactional.TxType.MANDATORY)
  public void changed(String metric) {
    int moved =
        em.createNativeQuery("UPDATE core_kpi_stamp SET version = version + 1 WHERE metric = ?1")
            .setParameter(1, metric)
            .executeUpdate();
    if (moved != 1) {
      throw new IllegalStateException("no KPI stamp row for " + metric + "; add it in a migration");
    }
  }

  @Override
  public Map<String, Long> current() {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT metric, version FROM core_kpi_stamp").getResultList();
    Map<String, Long> stamps = new HashMap<>();
    for (Object[] row : rows) {
      stamps.put((String) row[0], ((Number) row[1]).longValue());
    }
    return stamps;
  }
}
