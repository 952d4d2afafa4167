package org.institute.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.institute.partners.Council;
import org.institute.partners.DecisionOutcome;
import org.institute.partners.domain.CouncilMeeting;
import org.institute.partners.domain.CouncilMember;
import org.institute.partners.domain.CouncilRepository;

@ApplicationScoped
class JpaCouncilRepository implements CouncilRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(CouncilMember member) {
    em.persist(member);
  }

  @Override
  public List<CouncilMember> members() {
    return em.createQuery(
            "select m from CouncilMember m order by m.since, m.id", CouncilMember.class)
        .getResultList();
  }

  @Override
  public void add(CouncilMeeting meeting) {
    em.persist(meeting);
  }

  @Override
  public Optional<CouncilMeeting> meeting(long id) {
    return Optional.ofNullable(em.find(CouncilMeeting.class, id));
  }

  @Override
  public List<CouncilMeeting> meetings(int firstResult, int maxResults) {
    List<Long> ids =
        em.createQuery(
                "select m.id from CouncilMeeting m order by m.heldOn desc, m.id desc", Long.class)
            .setFirstResult(firstResult)
            .setMaxResults(maxResults)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<CouncilMeeting> loaded =
        new ArrayList<>(
            em.createQuery(
                    "select distinct m from CouncilMeeting m left join fetch m.decisions"
                        + " where m.id in :ids",
                    CouncilMeeting.class)
                .setParameter("ids", ids)
                .getResultList());
    loaded.sort(Comparator.comparingInt(m -> ids.indexOf(m.id())));
    return loaded;
  }

  @Override
  public long countMeetings() {
    return em.createQuery("select count(m) from CouncilMeeting m", Long.class).getSingleResult();
  }

  @Override
  public long countDecisionsOf(int year) {
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from ptn_council_decision where reference like ?1")
                .setParameter(1, "GC-" + year + "-%")
                .getSingleResult())
        .longValue();
  }

  @Override
  public Optional<Council.Decision> decision(String reference) {
    List<?> rows =
        em.createNativeQuery(
                "select reference, decision_number, decision_text, outcome"
                    + " from ptn_council_decision where reference = ?1")
            .setParameter(1, reference)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r -> {
              Object[] row = (Object[]) r;
              return new Council.Decision(
                  (String) row[0],
                  ((Number) row[1]).intValue(),
                  (String) row[2],
                  DecisionOutcome.valueOf((String) row[3]));
            });
  }

  @Override
  public void flush() {
    em.flush();
  }
}
