package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import org.institute.core.Scope;
import org.institute.talent.PlacementStatus;
import org.institute.talent.domain.InternshipRepository;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.Placement;
import org.institute.talent.domain.Position;

@ApplicationScoped
class JpaInternshipRepository implements InternshipRepository {

  private static final List<PlacementStatus> HOLDING =
      List.of(PlacementStatus.OFFERED, PlacementStatus.ACCEPTED, PlacementStatus.COMPLETED);
  private static final List<PlacementStatus> PLACED =
      List.of(PlacementStatus.ACCEPTED, PlacementStatus.COMPLETED);

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Position> position(long id) {
    return Optional.ofNullable(em.find(Position.class, id));
  }

  @Override
  public Optional<Position> lockPosition(long id) {
    return Optional.ofNullable(em.find(Position.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public void add(Position position) {
    em.persist(position);
  }

  @Override
  public Optional<Placement> placement(long id) {
    return Optional.ofNullable(em.find(Placement.class, id));
  }

  @Override
  public Optional<Placement> placement(long positionId, long participantId) {
    return em.createQuery(
            "select p from Placement p where p.positionId = :pos and p.participantId = :who",
            Placement.class)
        .setParameter("pos", positionId)
        .setParameter("who", participantId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Placement placement) {
    em.persist(placement);
  }

  @Override
  public long placesTaken(long positionId) {
    return em.createQuery(
            "select count(p) from Placement p where p.positionId = :pos and p.status in :holding",
            Long.class)
        .setParameter("pos", positionId)
        .setParameter("holding", HOLDING)
        .getSingleResult();
  }

  @Override
  public boolean placedInIntake(long cohortId, long participantId) {
    return em.createQuery(
                "select count(p) from Placement p, Position o where o.id = p.positionId"
                    + " and o.cohortId = :c and p.participantId = :who and p.status in :placed",
                Long.class)
            .setParameter("c", cohortId)
            .setParameter("who", participantId)
            .setParameter("placed", PLACED)
            .getSingleResult()
        > 0;
  }

  @Override
  public List<PositionRow> positions(long cohortId, Scope hosts) {
    TypedQuery<Object[]> q =
        em.createQuery(
            "select o,"
                + " (select count(p) from Placement p where p.positionId = o.id and p.status in :holding),"
                + " (select count(p) from Placement p where p.positionId = o.id)"
                + " from Position o where o.cohortId = :c"
                + ScopeFilter.and(hosts, "o.hostPartnerId in :partners")
                + " order by o.hostPartnerId, o.title, o.id",
            Object[].class);
    ScopeFilter.bind(q, hosts);
    return q.setParameter("c", cohortId).setParameter("holding", HOLDING).getResultList().stream()
        .map(
            r ->
                new PositionRow(
                    (Position) r[0], ((Number) r[1]).longValue(), ((Number) r[2]).longValue()))
        .toList();
  }

  @Override
  public List<PlacementRow> placements(long cohortId, Scope hosts) {
    TypedQuery<Object[]> q =
        em.createQuery(
            "select p, o, s from Placement p, Position o, Participant s"
                + " where o.id = p.positionId and s.id = p.participantId and o.cohortId = :c"
                + ScopeFilter.and(hosts, "o.hostPartnerId in :partners")
                + " order by o.title, s.nameLatin, p.id",
            Object[].class);
    ScopeFilter.bind(q, hosts);
    return q.setParameter("c", cohortId).getResultList().stream()
        .map(r -> new PlacementRow((Placement) r[0], (Position) r[1], (Participant) r[2]))
        .toList();
  }

  @Override
  public long placed(long cohortId) {
    return em.createQuery(
            "select count(p) from Placement p, Position o where o.id = p.positionId"
                + " and o.cohortId = :c and p.status in :placed",
            Long.class)
        .setParameter("c", cohortId)
        .setParameter("placed", PLACED)
        .getSingleResult();
  }
}
