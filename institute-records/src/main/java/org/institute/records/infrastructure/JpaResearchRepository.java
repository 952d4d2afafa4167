package org.institute.records.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.KpiCounts;
import org.institute.core.Scope;
import org.institute.records.ProjectQuery;
import org.institute.records.PublicationQuery;
import org.institute.records.domain.ProjectPatentFamily;
import org.institute.records.domain.Publication;
import org.institute.records.domain.ResearchCentre;
import org.institute.records.domain.ResearchProject;
import org.institute.records.domain.ResearchRepository;

/**
 * Lists load a page of ids first, then the page's rows with their partners in one fetch join: a
 * constant number of statements whatever the size of the data.
 */
@ApplicationScoped
class JpaResearchRepository implements ResearchRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(ResearchCentre centre) {
    em.persist(centre);
  }

  @Override
  public List<ResearchCentre> centres() {
    return em.createQuery(
            "select distinct c from ResearchCentre c left join fetch c.partners"
                + " order by c.kind desc, c.code",
            ResearchCentre.class)
        .getResultList();
  }

  @Override
  public Optional<ResearchCentre> centre(long id) {
    return Optional.ofNullable(em.find(ResearchCentre.class, id));
  }

  @Override
  public Optional<ResearchCentre> centreByCode(String code) {
    return em.createQuery(
            "select c from ResearchCentre c where c.code = :code", ResearchCentre.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ResearchProject project) {
    em.persist(project);
  }

  @Override
  public List<ResearchProject> projects(ProjectQuery query, Scope visibleTo, int first, int max) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> ids =
        em.createQuery(
            "select p.id from ResearchProject p"
                + where(query, visibleTo, params)
                + orderBy(query.sort()),
            Long.class);
    params.forEach(ids::setParameter);
    return loadProjects(ids.setFirstResult(first).setMaxResults(max).getResultList());
  }

  private List<ResearchProject> loadProjects(List<Long> page) {
    if (page.isEmpty()) {
      return List.of();
    }
    List<ResearchProject> loaded =
        new ArrayList<>(
            em.createQuery(
                    "select distinct p from ResearchProject p left join fetch p.partners"
                        + " where p.id in :ids",
                    ResearchProject.class)
                .setParameter("ids", page)
                .getResultList());
    loaded.sort(Comparator.comparingInt(p -> page.indexOf(p.id())));
    return loaded;
  }

  @Override
  public long countProjects(ProjectQuery query, Scope visibleTo) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> count =
        em.createQuery(
            "select count(p) from ResearchProject p" + where(query, visibleTo, params), Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  @Override
  public Optional<ResearchProject> project(long id) {
    return em.createQuery(
            "select distinct p from ResearchProject p left join fetch p.partners where p.id = :id",
            ResearchProject.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ProjectPatentFamily> patentFamilies(long projectId) {
    return em.createQuery(
            "select l from ProjectPatentFamily l where l.projectId = :project order by l.id",
            ProjectPatentFamily.class)
        .setParameter("project", projectId)
        .getResultList();
  }

  @Override
  public void add(ProjectPatentFamily link) {
    em.persist(link);
  }

  @Override
  public void remove(ProjectPatentFamily link) {
    em.remove(link);
  }

  @Override
  public void add(Publication publication) {
    em.persist(publication);
  }

  @Override
  public boolean doiTaken(String doi) {
    return em.createQuery("select count(p) from Publication p where p.doi = :doi", Long.class)
            .setParameter("doi", doi)
            .getSingleResult()
        > 0;
  }

  @Override
  public Optional<Publication> publication(long id) {
    return Optional.ofNullable(em.find(Publication.class, id));
  }

  @Override
  public Optional<Publication> publicationByDoi(String doi) {
    return em.createQuery("select p from Publication p where p.doi = :doi", Publication.class)
        .setParameter("doi", doi)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Set<String> takenDois(Collection<String> dois) {
    Set<String> taken = new HashSet<>();
    List<String> all = List.copyOf(dois);
    for (int from = 0; from < all.size(); from += 500) {
      taken.addAll(
          em.createQuery("select p.doi from Publication p where p.doi in :dois", String.class)
              .setParameter("dois", all.subList(from, Math.min(all.size(), from + 500)))
              .getResultList());
    }
    return taken;
  }

  @Override
  public List<Publication> publications(
      PublicationQuery query, Scope visibleTo, int first, int max) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Publication> q =
        em.createQuery(
            "select p from Publication p"
                + where(query, visibleTo, params)
                + orderBy(query.sort(), "-year", PublicationQuery.SORTABLE),
            Publication.class);
    params.forEach(q::setParameter);
    return q.setFirstResult(first).setMaxResults(max).getResultList();
  }

  @Override
  public long countPublications(PublicationQuery query, Scope visibleTo) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> q =
        em.createQuery(
            "select count(p) from Publication p" + where(query, visibleTo, params), Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  @Override
  public Map<Integer, Long> projectsStartingByYear(LocalDate from, LocalDate to) {
    return KpiCounts.of(em, "ResearchProject p").dated("p.startDate").figures(from, to).byYear();
  }

  @Override
  public List<ResearchProject> projectsStarting(LocalDate from, LocalDate to, int first, int max) {
    List<Long> page =
        em.createQuery(
                "select p.id from ResearchProject p where p.startDate between :from and :to"
                    + " order by p.startDate desc, p.id desc",
                Long.class)
            .setParameter("from", from)
            .setParameter("to", to)
            .setFirstResult(first)
            .setMaxResults(max)
            .getResultList();
    return loadProjects(page);
  }

  @Override
  public Map<Integer, Long> publicationsByYear(int fromYear, int toYear) {
    return KpiCounts.of(em, "Publication p")
        .inYear("p.year")
        .figures(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31))
        .byYear();
  }

  @Override
  public List<Publication> publicationsIn(int fromYear, int toYear, int first, int max) {
    return em.createQuery(
            "select p from Publication p where p.year between :from and :to"
                + " order by p.year desc, p.id desc",
            Publication.class)
        .setParameter("from", fromYear)
        .setParameter("to", toYear)
        .setFirstResult(first)
        .setMaxResults(max)
        .getResultList();
  }

  @Override
  public Map<Long, String> centreCodes(Collection<Long> ids) {
    Map<Long, String> codes = new HashMap<>();
    if (ids.isEmpty()) {
      return codes;
    }
    em.createQuery("select c.id, c.code from ResearchCentre c where c.id in :ids", Object[].class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(r -> codes.put(((Number) r[0]).longValue(), (String) r[1]));
    return codes;
  }

  @Override
  public void flush() {
    em.flush();
  }

  private static String where(ProjectQuery q, Scope visibleTo, Map<String, Object> params) {
    List<String> c = new ArrayList<>();
    if (!visibleTo.isAll()) {
      c.add(memberOfAny(visibleTo, "p.partners", params));
    }
    if (q.centreId() != null) {
      c.add("p.centreId = :centre");
      params.put("centre", q.centreId());
    }
    if (q.status() != null) {
      c.add("p.status = :status");
      params.put("status", q.status());
    }
    if (q.year() != null) {
      c.add("p.startDate between :yearFrom and :yearTo");
      params.put("yearFrom", LocalDate.of(q.year(), 1, 1));
      params.put("yearTo", LocalDate.of(q.year(), 12, 31));
    }
    return c.isEmpty() ? "" : " where " + String.join(" and ", c);
  }

  private static String where(PublicationQuery q, Scope visibleTo, Map<String, Object> params) {
    List<String> c = new ArrayList<>();
    if (!visibleTo.isAll()) {
      c.add(
          "p.projectId in (select r.id from ResearchProject r where "
              + memberOfAny(visibleTo, "r.partners", params)
              + ")");
    }
    if (q.projectId() != null) {
      c.add("p.projectId = :project");
      params.put("project", q.projectId());
    }
    if (q.year() != null) {
      c.add("p.year = :year");
      params.put("year", q.year());
    }
    return c.isEmpty() ? "" : " where " + String.join(" and ", c);
  }

  private static String orderBy(String sort) {
    return orderBy(sort, "-startDate", ProjectQuery.SORTABLE);
  }

  private static String orderBy(String sort, String fallback, java.util.Set<String> sortable) {
    String key = sort == null || sort.isBlank() ? fallback : sort;
    boolean descending = key.startsWith("-");
    String field = descending ? key.substring(1) : key;
    if (!sortable.contains(field)) {
      field = fallback.substring(1);
    }
    return " order by p." + field + (descending ? " desc" : " asc") + ", p.id desc";
  }

  /** A condition true when any partner of a limited scope is a member of the collection. */
  private static String memberOfAny(Scope scope, String collection, Map<String, Object> params) {
    List<String> any = new ArrayList<>();
    for (Long partner : scope.partnerIds()) {
      String name = "viewer" + any.size();
      any.add(":" + name + " member of " + collection);
      params.put(name, partner);
    }
    return any.isEmpty() ? "1 = 0" : "(" + String.join(" or ", any) + ")";
  }
}
