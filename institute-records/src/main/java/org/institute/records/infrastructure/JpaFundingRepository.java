package org.institute.records.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.records.FundingQuery;
import org.institute.records.domain.FundingCommitment;
import org.institute.records.domain.FundingRepository;

@ApplicationScoped
class JpaFundingRepository implements FundingRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<FundingCommitment> commitments(FundingQuery query, Scope scope) {
    StringBuilder jpql =
        new StringBuilder(
            "select distinct c from FundingCommitment c left join fetch c.movements where 1 = 1");
    if (scope.isNone()) {
      jpql.append(" and 1 = 0");
    } else if (!scope.isAll()) {
      jpql.append(" and c.funderId in :funders");
    }
    if (query.funder() != null) {
      jpql.append(" and c.funderId = :queryFunder");
    }
    if (query.centreId() != null) {
      jpql.append(" and c.centreId = :centre");
    }
    if (query.year() != null) {
      jpql.append(" and year(c.periodFrom) = :year");
    }
    TypedQuery<FundingCommitment> q = em.createQuery(jpql.toString(), FundingCommitment.class);
    if (!scope.isAll() && !scope.isNone()) {
      q.setParameter("funders", scope.partnerIds());
    }
    if (query.funder() != null) {
      q.setParameter("queryFunder", query.funder().value());
    }
    if (query.centreId() != null) {
      q.setParameter("centre", query.centreId());
    }
    if (query.year() != null) {
      q.setParameter("year", query.year());
    }
    // sorted here: "distinct" with a fetched collection and an order by do not mix on every
    // database
    return q.getResultList().stream()
        .sorted(
            java.util.Comparator.comparing(FundingCommitment::periodFrom)
                .reversed()
                .thenComparing(c -> c.funder().value())
                .thenComparing(FundingCommitment::id))
        .toList();
  }

  @Override
  public Optional<FundingCommitment> commitment(long id) {
    return Optional.ofNullable(em.find(FundingCommitment.class, id));
  }

  @Override
  public void add(FundingCommitment commitment) {
    em.persist(commitment);
  }

  @Override
  public void flush() {
    em.flush();
  }
}
