package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.institute.core.domain.FxQuote;
import org.institute.core.domain.FxRate;
import org.institute.core.domain.FxRateRepository;

@ApplicationScoped
class JpaFxRateRepository implements FxRateRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<FxRate> find(LocalDate date, Currency base, Currency quote) {
    return em.createQuery(
            "select r from FxRate r where r.date = :d and r.base = :b and r.quote = :q",
            FxRate.class)
        .setParameter("d", date)
        .setParameter("b", base.getCurrencyCode())
        .setParameter("q", quote.getCurrencyCode())
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(FxRate rate) {
    em.persist(rate);
  }

  @Override
  public List<FxQuote> latestOnOrBefore(LocalDate date, Currency a, Currency b) {
    // the latest rate of each direction is enough for the domain to choose from
    return List.of(latest(date, a, b), latest(date, b, a)).stream()
        .flatMap(Optional::stream)
        .toList();
  }

  @Override
  public List<FxQuote> all(Currency a, Currency b) {
    return em.createQuery(
            "select r from FxRate r where (r.base = :a and r.quote = :b) or (r.base = :b and r.quote = :a)",
            FxRate.class)
        .setParameter("a", a.getCurrencyCode())
        .setParameter("b", b.getCurrencyCode())
        .getResultStream()
        .map(FxRate::quote)
        .toList();
  }

  @Override
  public List<FxRate> page(int firstResult, int maxResults) {
    return em.createQuery(
            "select r from FxRate r order by r.date desc, r.base desc, r.quote, r.id", FxRate.class)
        .setFirstResult(firstResult)
        .setMaxResults(maxResults)
        .getResultList();
  }

  @Override
  public long count() {
    return em.createQuery("select count(r) from FxRate r", Long.class).getSingleResult();
  }

  @Override
  public List<FxRate> between(LocalDate from, LocalDate to, Currency base, Currency quote) {
    return em.createQuery(
            "select r from FxRate r where r.base = :b and r.quote = :q and r.date between :f and :t",
            FxRate.class)
        .setParameter("b", base.getCurrencyCode())
        .setParameter("q", quote.getCurrencyCode())
        .setParameter("f", from)
        .setParameter("t", to)
        .getResultList();
  }

  private Optional<FxQuote> latest(LocalDate date, Currency base, Currency quote) {
    return em.createQuery(
            "select r from FxRate r where r.base = :b and r.quote = :q and r.date <= :d"
                + " order by r.date desc",
            FxRate.class)
        .setParameter("b", base.getCurrencyCode())
        .setParameter("q", quote.getCurrencyCode())
        .setParameter("d", date)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(FxRate::quote);
  }
}
