package org.institute.talent.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.InvalidCommandException;
import org.institute.core.Keyset;
import org.institute.core.ListSort;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.Slice;
import org.institute.talent.domain.Participant;
import org.institute.talent.domain.ParticipantRepository;
import org.institute.talent.domain.ParticipantSearch;

@ApplicationScoped
class JpaParticipantRepository implements ParticipantRepository {

  /** IN lists are sent in chunks so a large import never builds one huge statement. */
  private static final int CHUNK = 1000;

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Participant> find(long id) {
    return Optional.ofNullable(em.find(Participant.class, id));
  }

  @Override
  public Optional<Participant> findByEmail(String normalEmail) {
    return em.createQuery("select p from Participant p where p.email = :e", Participant.class)
        .setParameter("e", normalEmail)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<Participant> findByMatriculation(String normalNumber) {
    return em.createQuery(
            "select p from Participant p where p.matriculationNumber = :m", Participant.class)
        .setParameter("m", normalNumber)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<String, Participant> byEmails(Collection<String> emails) {
    Map<String, Participant> found = new HashMap<>();
    for (List<String> chunk : chunks(emails)) {
      em.createQuery("select p from Participant p where p.email in :e", Participant.class)
          .setParameter("e", chunk)
          .getResultList()
          .forEach(p -> found.put(p.email(), p));
    }
    return found;
  }

  @Override
  public Map<String, Participant> byMatriculations(Collection<String> numbers) {
    Map<String, Participant> found = new HashMap<>();
    for (List<String> chunk : chunks(numbers)) {
      em.createQuery(
              "select p from Participant p where p.matriculationNumber in :m", Participant.class)
          .setParameter("m", chunk)
          .getResultList()
          .forEach(p -> found.put(p.matriculationNumber(), p));
    }
    return found;
  }

  private static List<List<String>> chunks(Collection<String> values) {
    List<String> all = new ArrayList<>(values);
    List<List<String>> chunks = new ArrayList<>();
    for (int i = 0; i < all.size(); i += CHUNK) {
      chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
    }
    return chunks;
  }

  /**
   * Stores a participant. The caller checked for duplicates, but a concurrent registration of the
   * same person can still win the race: the unique constraints then refuse it, and that is reported
   * as the same field problem instead of an error.
   */
  @Override
  public void add(Participant participant) {
    try {
      // identity keys make persist insert at once, so a duplicate shows here
      em.persist(participant);
    } catch (PersistenceException e) {
      String message = String.valueOf(rootMessage(e)).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("uk_tal_participant_matric")) {
        throw InvalidCommandException.of("matriculationNumber", "participant.matriculation.taken");
      }
      if (message.contains("uk_tal_participant_email")) {
        throw InvalidCommandException.of("email", "participant.email.taken");
      }
      throw e;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  /** Each word of the search must be found in a name, the e-mail or the student number. */
  private static String where(List<String> patterns) {
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < patterns.size(); i++) {
      where
          .append(i == 0 ? " where " : " and ")
          .append("(lower(p.nameLatin) like :w")
          .append(i)
          .append(" escape '\\' or lower(p.nameZh) like :w")
          .append(i)
          .append(" escape '\\' or lower(p.email) like :w")
          .append(i)
          .append(" escape '\\' or lower(p.matriculationNumber) like :w")
          .append(i)
          .append(" escape '\\')");
    }
    return where.toString();
  }

  private static List<String> patterns(String text) {
    return ParticipantSearch.of(text).map(ParticipantSearch::patterns).orElse(List.of());
  }

  private static <T> jakarta.persistence.TypedQuery<T> bind(
      jakarta.persistence.TypedQuery<T> query, List<String> patterns) {
    for (int i = 0; i < patterns.size(); i++) {
      query.setParameter("w" + i, patterns.get(i));
    }
    return query;
  }

  @Override
  public List<Participant> search(String text, int offset, int limit) {
    List<String> patterns = patterns(text);
    return bind(
            em.createQuery(
                "select p from Participant p" + where(patterns) + " order by p.nameLatin, p.id",
                Participant.class),
            patterns)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  /** The order of the participant list: by name, then id (the index on the name carries the id). */
  static final ListSort BY_NAME = ListSort.ascending("name");

  @Override
  public Slice<Participant> slice(String text, PageRequest page) {
    List<String> patterns = patterns(text);
    Map<String, Object> params = new HashMap<>();
    String where = where(patterns);
    if (page.after() != null) {
      PageCursor cursor = page.after().requireOrder(BY_NAME);
      where +=
          (where.isEmpty() ? " where 1 = 1" : "")
              + Keyset.after("p.nameLatin", "p.id", BY_NAME, cursor, cursor.key(), params);
    }
    TypedQuery<Participant> query =
        bind(
            em.createQuery(
                "select p from Participant p" + where + " order by p.nameLatin, p.id",
                Participant.class),
            patterns);
    params.forEach(query::setParameter);
    List<Participant> rows = query.setMaxResults(page.limit() + 1).getResultList();
    PageCursor next = null;
    if (rows.size() > page.limit()) {
      rows = rows.subList(0, page.limit());
      Participant last = rows.get(rows.size() - 1);
      next = PageCursor.after(BY_NAME, last.nameLatin(), last.id());
    }
    return new Slice<>(rows, next, page.countExact() ? count(text) : null);
  }

  @Override
  public long count(String text) {
    List<String> patterns = patterns(text);
    return bind(
            em.createQuery("select count(p) from Participant p" + where(patterns), Long.class),
            patterns)
        .getSingleResult();
  }
}
