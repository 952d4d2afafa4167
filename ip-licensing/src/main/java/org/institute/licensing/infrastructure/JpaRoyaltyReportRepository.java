package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.licensing.domain.RoyaltyReport;
import org.institute.licensing.domain.RoyaltyReportRepository;

@ApplicationScoped
class JpaRoyaltyReportRepository implements RoyaltyReportRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public RoyaltyReport add(RoyaltyReport report) {
    em.persist(report);
    em.flush();
    return report;
  }

  @Override
  public Optional<RoyaltyReport> find(long id) {
    return Optional.ofNullable(em.find(RoyaltyReport.class, id));
  }

  @Override
  public List<RoyaltyReport> ofDeal(long dealId) {
    return em.createQuery(
            "select r from RoyaltyReport r where r.dealId = :d order by r.periodStart",
            RoyaltyReport.class)
        .setParameter("d", dealId)
        .getResultList();
  }

  @Override
  public Map<Long, Set<LocalDate>> filedPeriodStarts(Collection<Long> dealIds) {
    Map<Long, Set<LocalDate>> filed = new HashMap<>();
    if (dealIds.isEmpty()) {
      return filed;
    }
    em.createQuery(
            "select r.dealId, r.periodStart from RoyaltyReport r where r.dealId in :d",
            Object[].class)
        .setParameter("d", dealIds)
        .getResultList()
        .forEach(
            row ->
                filed.computeIfAbsent((Long) row[0], k -> new HashSet<>()).add((LocalDate) row[1]));
    return filed;
  }

  @Override
  public void flushWithNewVersion(RoyaltyReport report) {
    em.lock(report, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
  }

  @Override
  public List<RoyaltyReport> inReview(org.institute.licensing.ReviewState state, int limit) {
    return em.createQuery(
            "select r from RoyaltyReport r where r.reviewState = :s order by r.periodEnd, r.id",
            RoyaltyReport.class)
        .setParameter("s", state)
        .setMaxResults(limit)
        .getResultList();
  }
}
