package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.institute.core.KpiCounts;
import org.institute.core.KpiFigures;
import org.institute.core.KpiPages;
import org.institute.core.KpiRecord;

/**
 * The licensing module's figures for the council's dashboard: patent applications by filing date,
 * licences by signing date, licence income by the date of payment (in whole SGD, as converted when
 * the payment was recorded; voided payments count for nothing). Each answers with one aggregate
 * statement, whatever the data size.
 */
final class LicensingKpiFigures {
  private LicensingKpiFigures() {}

  /** A counted record, which adds one to the figure: its row begins with id, label and date. */
  private static KpiRecord countingOne(String type, Object[] row, String detail, String status) {
    return new KpiRecord(
        type,
        ((Number) row[0]).longValue(),
        (String) row[1],
        (LocalDate) row[2],
        1,
        detail,
        status);
  }

  @ApplicationScoped
  @Transactional
  static class PatentApplications implements KpiFigures {
    @PersistenceContext private EntityManager em;

    @Override
    public String metric() {
      return PATENT_APPLICATIONS;
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to) {
      return KpiCounts.of(em, "PatentApplication a").dated("a.filingDate").figures(from, to);
    }

    @Override
    public List<KpiRecord> records(LocalDate from, LocalDate to, int firstResult, int maxResults) {
      return KpiPages.rows(
              em.createQuery(
                  "select a.id, a.family.title, a.filingDate, a.jurisdiction, a.applicationNumber,"
                      + " a.status from PatentApplication a where a.filingDate between :from and :to"
                      + " order by a.filingDate desc, a.id desc",
                  Object[].class),
              from,
              to,
              firstResult,
              maxResults)
          .stream()
          .map(
              r ->
                  countingOne(
                      "patent-application",
                      r,
                      r[3] + " " + (r[4] == null ? "" : r[4]),
                      ((Enum<?>) r[5]).name()))
          .toList();
    }
  }

  @ApplicationScoped
  @Transactional
  static class LicencesExecuted implements KpiFigures {
    @PersistenceContext private EntityManager em;

    @Override
    public String metric() {
      return LICENCES_EXECUTED;
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to) {
      return KpiCounts.of(em, "LicenceDeal d").dated("d.signingDate").figures(from, to);
    }

    @Override
    public List<KpiRecord> records(LocalDate from, LocalDate to, int firstResult, int maxResults) {
      return KpiPages.rows(
              em.createQuery(
                  "select d.id, d.title, d.signingDate, d.currency, d.totalValue, d.state"
                      + " from LicenceDeal d where d.signingDate between :from and :to"
                      + " order by d.signingDate desc, d.id desc",
                  Object[].class),
              from,
              to,
              firstResult,
              maxResults)
          .stream()
          .map(r -> countingOne("licence-deal", r, r[3] + " " + r[4], ((Enum<?>) r[5]).name()))
          .toList();
    }
  }

  @ApplicationScoped
  @Transactional
  static class LicenceIncome implements KpiFigures {
    @PersistenceContext private EntityManager em;

    @Override
    public String metric() {
      return LICENCE_INCOME_SGD;
    }

    @Override
    public long recordCount(LocalDate from, LocalDate to) {
      return em.createQuery(
              "select count(p) from Payment p where p.receivedOn between :from and :to"
                  + " and p.voidedAt is null",
              Long.class)
          .setParameter("from", from)
          .setParameter("to", to)
          .getSingleResult();
    }

    /**
     * Sums by year and rounds each year to whole dollars; the figure is the rounded sum of the
     * exact amounts, so it may differ by a dollar from the sum of the rounded years.
     */
    @Override
    public Figures figures(LocalDate from, LocalDate to) {
      Map<Integer, Long> years = new TreeMap<>();
      BigDecimal total = BigDecimal.ZERO;
      for (Object[] row :
          em.createQuery(
                  "select extract(year from p.receivedOn), sum(p.amountSgd) from Payment p"
                      + " where p.receivedOn between :from and :to and p.voidedAt is null"
                      + " group by extract(year from p.receivedOn)",
                  Object[].class)
              .setParameter("from", from)
              .setParameter("to", to)
              .getResultList()) {
        BigDecimal year = new BigDecimal(row[1].toString());
        total = total.add(year);
        years.put(((Number) row[0]).intValue(), whole(year));
      }
      return new Figures(whole(total), years);
    }

    private static long whole(BigDecimal sgd) {
      return sgd.setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    @Override
    public List<KpiRecord> records(LocalDate from, LocalDate to, int firstResult, int maxResults) {
      return KpiPages.rows(
              em.createQuery(
                  "select p.id, p.dealId, p.receivedOn, p.amountSgd, p.currency, p.amount,"
                      + " p.purpose from Payment p where p.receivedOn between :from and :to"
                      + " and p.voidedAt is null"
                      + " order by p.receivedOn desc, p.id desc",
                  Object[].class),
              from,
              to,
              firstResult,
              maxResults)
          .stream()
          .map(
              r ->
                  new KpiRecord(
                      "payment",
                      ((Number) r[0]).longValue(),
                      "#" + r[1],
                      (LocalDate) r[2],
                      whole(new BigDecimal(r[3].toString())),
                      r[4] + " " + r[5] + " (" + r[6] + ")"))
          .toList();
    }
  }
}
