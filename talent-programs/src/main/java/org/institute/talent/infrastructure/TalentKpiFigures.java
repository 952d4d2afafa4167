package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.KpiCounts;
import org.institute.core.KpiFigures;
import org.institute.core.KpiPages;
import org.institute.core.KpiRecord;
import org.institute.talent.PlacementStatus;

/**
 * The talent programmes' figures for the council's dashboard (decision 0040): programme graduates
 * counted by the day their certificate was issued (a revoked certificate no longer counts), and
 * internship placements, accepted or completed, counted by the day the position starts. Each figure
 * is one aggregate statement, whatever the number of enrolments.
 */
final class TalentKpiFigures {
  private TalentKpiFigures() {}

  /** Placements that hold a place and were taken up: an offer alone is not a placement yet. */
  static final List<PlacementStatus> PLACED =
      List.of(PlacementStatus.ACCEPTED, PlacementStatus.COMPLETED);

  /** A counted record, which adds one to the figure: its row begins with id, label and date. */
  private static KpiRecord countingOne(String type, Object[] row, String detail) {
    return new KpiRecord(
        type, ((Number) row[0]).longValue(), (String) row[1], (LocalDate) row[2], 1, detail);
  }

  @ApplicationScoped
  @Transactional
  static class ProgrammeGraduates implements KpiFigures {
    @PersistenceContext private EntityManager em;

    @Override
    public String metric() {
      return PROGRAMME_GRADUATES;
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to) {
      return KpiCounts.of(em, "Certificate c")
          .dated("c.issuedOn")
          .where("c.revokedAt is null")
          .figures(from, to);
    }

    @Override
    public List<KpiRecord> records(LocalDate from, LocalDate to, int firstResult, int maxResults) {
      return KpiPages.rows(
              em.createQuery(
                  "select c.id, c.holderLatin, c.issuedOn, c.programmeEn, c.code from Certificate c"
                      + " where c.revokedAt is null and c.issuedOn between :from and :to"
                      + " order by c.issuedOn desc, c.id desc",
                  Object[].class),
              from,
              to,
              firstResult,
              maxResults)
          .stream()
          .map(r -> countingOne("certificate", r, r[3] + ", " + r[4]))
          .toList();
    }
  }

  @ApplicationScoped
  @Transactional
  static class InternshipPlacements implements KpiFigures {
    @PersistenceContext private EntityManager em;

    @Override
    public String metric() {
      return INTERNSHIP_PLACEMENTS;
    }

    @Override
    public Figures figures(LocalDate from, LocalDate to) {
      return KpiCounts.of(em, "Placement p join Position s on s.id = p.positionId")
          .dated("s.startsOn")
          .where("p.status in :placed")
          .with("placed", PLACED)
          .figures(from, to);
    }

    @Override
    public List<KpiRecord> records(LocalDate from, LocalDate to, int firstResult, int maxResults) {
      return KpiPages.rows(
              em.createQuery(
                      "select p.id, s.title, s.startsOn, s.hostPartnerId, p.status from Placement p"
                          + " join Position s on s.id = p.positionId"
                          + " where p.status in :placed and s.startsOn between :from and :to"
                          + " order by s.startsOn desc, p.id desc",
                      Object[].class)
                  .setParameter("placed", PLACED),
              from,
              to,
              firstResult,
              maxResults)
          .stream()
          .map(r -> countingOne("placement", r, "#" + r[3] + ", " + r[4]))
          .toList();
    }
  }
}
