package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.UserQuery;
import org.institute.core.domain.UserAccount;
import org.institute.core.domain.UserAccountRepository;

@ApplicationScoped
class JpaUserAccountRepository implements UserAccountRepository {

  private static final Map<String, String> SORTABLE =
      Map.of(
          "username", "u.username",
          "displayName", "u.displayName",
          "email", "u.email",
          "createdAt", "u.createdAt",
          "lastLoginAt", "u.lastLoginAt");

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    // the roles in the same statement: every request reads the caller's account (decision 0008)
    return em.createQuery(
            "select distinct u from UserAccount u left join fetch u.roles where u.username = :name",
            UserAccount.class)
        .setParameter("name", username)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<UserAccount> find(long id) {
    return Optional.ofNullable(em.find(UserAccount.class, id));
  }

  @Override
  public UserAccount add(UserAccount account) {
    em.persist(account);
    return account;
  }

  @Override
  public long count() {
    return em.createQuery("select count(u) from UserAccount u", Long.class).getSingleResult();
  }

  @Override
  public long countEnabledWith(org.institute.core.Role role) {
    return em.createQuery(
            "select count(u) from UserAccount u join u.roles r where r = :role and u.enabled = true",
            Long.class)
        .setParameter("role", role)
        .getSingleResult();
  }

  @Override
  public List<UserAccount> search(UserQuery query, int firstResult, int maxResults) {
    Map<String, Object> params = new HashMap<>();
    String order = orderBy(query.sort());
    TypedQuery<Long> ids =
        em.createQuery("select u.id from UserAccount u" + where(query, params) + order, Long.class);
    params.forEach(ids::setParameter);
    List<Long> page = ids.setFirstResult(firstResult).setMaxResults(maxResults).getResultList();
    if (page.isEmpty()) {
      return List.of();
    }
    // one more statement loads the page with its roles; the id list keeps the sort order
    List<UserAccount> loaded =
        new ArrayList<>(
            em.createQuery(
                    "select distinct u from UserAccount u left join fetch u.roles where u.id in :ids",
                    UserAccount.class)
                .setParameter("ids", page)
                .getResultList());
    loaded.sort(Comparator.comparingInt(u -> page.indexOf(u.id())));
    return loaded;
  }

  @Override
  public long count(UserQuery query) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> count =
        em.createQuery("select count(u) from UserAccount u" + where(query, params), Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  @Override
  public void flush() {
    em.flush();
  }

  private static String where(UserQuery q, Map<String, Object> params) {
    List<String> conditions = new ArrayList<>();
    if (q.text() != null && !q.text().isBlank()) {
      conditions.add(
          "(lower(u.username) like :text escape '\\' or lower(u.displayName) like :text escape '\\'"
              + " or lower(u.email) like :text escape '\\')");
      params.put("text", "%" + escapeLike(q.text().trim().toLowerCase()) + "%");
    }
    if (q.role() != null) {
      conditions.add(":role member of u.roles");
      params.put("role", q.role());
    }
    if (q.partner() != null) {
      conditions.add("u.partnerId = :partner");
      params.put("partner", q.partner().value());
    }
    if (q.enabled() != null) {
      conditions.add("u.enabled = :enabled");
      params.put("enabled", q.enabled());
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  private static String orderBy(String sort) {
    String key = sort == null || sort.isBlank() ? "username" : sort;
    boolean descending = key.startsWith("-");
    String column = SORTABLE.getOrDefault(descending ? key.substring(1) : key, "u.username");
    return " order by " + column + (descending ? " desc" : " asc") + ", u.id asc";
  }

  private static String escapeLike(String s) {
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
