package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.Keyset;
import org.institute.core.ListSort;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.Scope;
import org.institute.core.SearchText;
import org.institute.core.Slice;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;
import org.institute.licensing.domain.DealRepository;
import org.institute.licensing.domain.LicenceDeal;

@ApplicationScoped
class JpaDealRepository implements DealRepository {

  private static final Map<String, String> SORTS =
      Map.of(
          "updatedAt", "d.updatedAt",
          "title", "d.title",
          "state", "d.state",
          "totalValue", "d.totalValue",
          "id", "d.id");

  private static final String ROW =
      "select d.id as id, d.title as title, d.titleZh as titleZh, d.state as state, d.licenseeId as licensee,"
          + " d.currency as currency, d.totalValue as total, d.review.submittedBy as submittedBy,"
          + " d.updatedAt as updatedAt, d.version as version from LicenceDeal d";

  @PersistenceContext private EntityManager em;

  @Override
  public LicenceDeal add(LicenceDeal deal) {
    em.persist(deal);
    em.flush();
    return deal;
  }

  @Override
  public Optional<LicenceDeal> find(long id) {
    return Optional.ofNullable(em.find(LicenceDeal.class, id));
  }

  @Override
  public void flushWithNewVersion(LicenceDeal deal) {
    em.lock(deal, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    em.flush();
  }

  @Override
  public List<DealRow> rows(
      DealQuery query, Set<Long> partnersNamed, Scope scope, int offset, int limit) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query, partnersNamed, scope, params);
    TypedQuery<Tuple> q =
        em.createQuery(ROW + where + " order by " + orderBy(query.order()), Tuple.class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    params.forEach(q::setParameter);
    return q.getResultList().stream().map(JpaDealRepository::row).toList();
  }

  @Override
  public Slice<DealRow> slice(
      DealQuery query, Set<Long> partnersNamed, Scope scope, PageRequest page) {
    if (byParty(query, scope)) {
      return partySlice(query, scope, page);
    }
    ListSort order = query.order();
    Map<String, Object> params = new HashMap<>();
    StringBuilder where = new StringBuilder(where(query, partnersNamed, scope, params));
    if (page.after() != null) {
      where.append(after(order, page.after().requireOrder(order), params));
    }
    TypedQuery<Tuple> q =
        em.createQuery(ROW + where + " order by " + orderBy(order), Tuple.class)
            .setMaxResults(page.limit() + 1);
    params.forEach(q::setParameter);
    List<DealRow> rows = q.getResultList().stream().map(JpaDealRepository::row).toList();
    PageCursor next = null;
    if (rows.size() > page.limit()) {
      rows = rows.subList(0, page.limit());
      DealRow last = rows.get(rows.size() - 1);
      next = PageCursor.after(order, key(order.field(), last), last.id());
    }
    Long total = page.countExact() ? count(query, partnersNamed, scope) : null;
    return new Slice<>(rows, next, total);
  }

  /**
   * Whether the deals are read from the parties' index, lic_deal_party (decision 0110): for a
   * caller limited to some partners, in the order of the last change, with no search and no partner
   * named. A partner's deals of a state, newest change first, are then one range of the index read
   * in order; the same deals in the same order as the query over lic_deal, whose scope condition
   * (licensee or a licensor in the scope) is what the index holds.
   */
  static boolean byParty(DealQuery query, Scope scope) {
    return !scope.isAll()
        && !scope.isNone()
        && query.partnerId() == null
        && query.search().isEmpty()
        && query.order().field().equals("updatedAt");
  }

  private Slice<DealRow> partySlice(DealQuery query, Scope scope, PageRequest page) {
    ListSort order = query.order();
    Map<String, Object> params = new HashMap<>();
    // a deal two partners of the scope are party to has a row for each: one of them is enough
    boolean onePartner = scope.partnerIds().size() == 1;
    StringBuilder sql =
        new StringBuilder(onePartner ? "SELECT p.deal_id" : "SELECT DISTINCT p.deal_id")
            .append(", p.updated_at FROM lic_deal_party p")
            .append(partyWhere(query, scope, params));
    if (page.after() != null) {
      PageCursor cursor = page.after().requireOrder(order);
      sql.append(
          Keyset.after(
              "p.updated_at",
              "p.deal_id",
              order,
              cursor,
              keyValue(order.field(), cursor.key()),
              params));
    }
    String direction = order.descending() ? " DESC" : " ASC";
    sql.append(" ORDER BY p.updated_at").append(direction).append(", p.deal_id").append(direction);
    Query ids = em.createNativeQuery(sql.toString()).setMaxResults(page.limit() + 1);
    params.forEach(ids::setParameter);
    @SuppressWarnings("unchecked")
    List<Object[]> found = ids.getResultList();
    List<Long> pageIds =
        found.stream().limit(page.limit()).map(r -> ((Number) r[0]).longValue()).toList();
    List<DealRow> rows = rowsOf(pageIds);
    PageCursor next = null;
    if (found.size() > page.limit()) {
      DealRow last = rows.get(rows.size() - 1);
      next = PageCursor.after(order, key(order.field(), last), last.id());
    }
    Long total = page.countExact() ? partyCount(query, scope) : null;
    return new Slice<>(rows, next, total);
  }

  /** The rows of these deals, in the order of the ids. */
  private List<DealRow> rowsOf(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, DealRow> byId = new HashMap<>();
    em.createQuery(ROW + " where d.id in :ids", Tuple.class)
        .setParameter("ids", ids)
        .getResultList()
        .forEach(
            t -> {
              DealRow row = row(t);
              byId.put(row.id(), row);
            });
    return ids.stream().map(byId::get).toList();
  }

  private long partyCount(DealQuery query, Scope scope) {
    Map<String, Object> params = new HashMap<>();
    Query count =
        em.createNativeQuery(
            "SELECT COUNT(DISTINCT p.deal_id) FROM lic_deal_party p"
                + partyWhere(query, scope, params));
    params.forEach(count::setParameter);
    return ((Number) count.getSingleResult()).longValue();
  }

  /** The conditions of {@code where(...)} that the parties' rows carry, in SQL. */
  private static String partyWhere(DealQuery query, Scope scope, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" WHERE p.partner_id IN (:scope)");
    params.put("scope", scope.partnerIds());
    if (query.state() != null) {
      where.append(" AND p.state = :state");
      params.put("state", query.state().name());
    }
    if (query.updatedFrom() != null) {
      where.append(" AND p.updated_at >= :from");
      params.put("from", query.updatedFrom().atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    if (query.updatedTo() != null) {
      where.append(" AND p.updated_at < :to");
      params.put("to", query.updatedTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    return where.toString();
  }

  /**
   * The keyset condition: rows after (key, id) in the order, written so that an index on the sort
   * column (whose entries carry the id) is read from the cursor on.
   */
  static String after(ListSort order, PageCursor cursor, Map<String, Object> params) {
    Object key = order.field().equals("id") ? null : keyValue(order.field(), cursor.key());
    return Keyset.after(SORTS.get(order.field()), "d.id", order, cursor, key, params);
  }

  /** The sort key of a row, as a cursor carries it. */
  static String key(String field, DealRow row) {
    return switch (field) {
      case "updatedAt" -> row.updatedAt().toString();
      case "title" -> row.title();
      case "state" -> row.state().name();
      case "totalValue" -> row.totalValue().toPlainString();
      case "id" -> Long.toString(row.id());
      default -> throw new IllegalArgumentException("not a sort field: " + field);
    };
  }

  /** A cursor's key as the sort column's type; a key that does not read is a refused cursor. */
  static Object keyValue(String field, String key) {
    try {
      return switch (field) {
        case "updatedAt" -> Instant.parse(key);
        case "title" -> key;
        case "state" -> DealState.valueOf(key);
        case "totalValue" -> new BigDecimal(key);
        default -> throw PageCursor.invalid();
      };
    } catch (java.time.format.DateTimeParseException | IllegalArgumentException e) {
      throw PageCursor.invalid();
    }
  }

  @Override
  public long count(DealQuery query, Set<Long> partnersNamed, Scope scope) {
    if (byParty(query, scope)) {
      return partyCount(query, scope);
    }
    Map<String, Object> params = new HashMap<>();
    String where = where(query, partnersNamed, scope, params);
    TypedQuery<Long> q = em.createQuery("select count(d) from LicenceDeal d" + where, Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  @Override
  public Map<DealState, Long> countByState(Scope scope) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Tuple> q =
        em.createQuery(
            "select d.state as state, count(d) as n from LicenceDeal d"
                + where(DealQuery.all(), Set.of(), scope, params)
                + " group by d.state",
            Tuple.class);
    params.forEach(q::setParameter);
    Map<DealState, Long> counts = new java.util.EnumMap<>(DealState.class);
    q.getResultList()
        .forEach(t -> counts.put(t.get("state", DealState.class), t.get("n", Long.class)));
    return counts;
  }

  @Override
  public List<InboxEntry> inbox(
      boolean admin, Long consentingPartner, String me, int offset, int limit) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Tuple> q =
        em.createQuery(
                inboxSelect(consentingPartner)
                    + inboxWhere(admin, consentingPartner, me, params)
                    + " order by d.updatedAt, d.id",
                Tuple.class)
            .setFirstResult(offset)
            .setMaxResults(limit);
    params.forEach(q::setParameter);
    return entries(q.getResultList(), consentingPartner);
  }

  @Override
  public Slice<InboxEntry> inbox(
      boolean admin, Long consentingPartner, String me, PageRequest page) {
    Map<String, Object> params = new HashMap<>();
    String where = inboxWhere(admin, consentingPartner, me, params);
    if (page.after() != null) {
      where += after(INBOX_ORDER, page.after().requireOrder(INBOX_ORDER), params);
    }
    TypedQuery<Tuple> q =
        em.createQuery(
                inboxSelect(consentingPartner) + where + " order by " + orderBy(INBOX_ORDER),
                Tuple.class)
            .setMaxResults(page.limit() + 1);
    params.forEach(q::setParameter);
    List<InboxEntry> entries = entries(q.getResultList(), consentingPartner);
    PageCursor next = null;
    if (entries.size() > page.limit()) {
      entries = entries.subList(0, page.limit());
      DealRow last = entries.get(entries.size() - 1).row();
      next = PageCursor.after(INBOX_ORDER, key(INBOX_ORDER.field(), last), last.id());
    }
    Long total = page.countExact() ? inboxCount(admin, consentingPartner, me) : null;
    return new Slice<>(entries, next, total);
  }

  /** The rows of an inbox, with whether each waits for the consenting partner's consent. */
  private static String inboxSelect(Long consentingPartner) {
    String mine =
        consentingPartner == null
            ? ""
            : ", (select count(c2.id) from DealConsent c2 where c2.deal = d"
                + " and c2.partnerId = :consenter and c2.givenBy is null) as mine";
    return ROW.replace(" from LicenceDeal d", mine + " from LicenceDeal d");
  }

  private static List<InboxEntry> entries(List<Tuple> found, Long consentingPartner) {
    return found.stream()
        .map(
            t ->
                new InboxEntry(
                    row(t),
                    consentingPartner != null && t.get("mine", Number.class).longValue() > 0))
        .toList();
  }

  @Override
  public long inboxCount(boolean admin, Long consentingPartner, String me) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> q =
        em.createQuery(
            "select count(d) from LicenceDeal d" + inboxWhere(admin, consentingPartner, me, params),
            Long.class);
    params.forEach(q::setParameter);
    return q.getSingleResult();
  }

  @Override
  public List<LicenceDeal> ofLicensee(long licenseeId) {
    return em.createQuery(
            "select d from LicenceDeal d where d.licenseeId = :l order by d.id", LicenceDeal.class)
        .setParameter("l", licenseeId)
        .getResultList();
  }

  @Override
  public List<Long> idsToActivate(LocalDate today, int limit) {
    return idsIn(DealState.EXECUTED, "d.grant.termStart <= :today", today, limit);
  }

  @Override
  public List<Long> idsToExpire(LocalDate today, int limit) {
    return idsIn(DealState.ACTIVE, "d.grant.termEnd < :today", today, limit);
  }

  /** Ids of deals in a state whose term meets a condition on {@code :today}, the lowest first. */
  private List<Long> idsIn(DealState state, String termCondition, LocalDate today, int limit) {
    return em.createQuery(
            "select d.id from LicenceDeal d where d.state = :s and "
                + termCondition
                + " order by d.id",
            Long.class)
        .setParameter("s", state)
        .setParameter("today", today)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public List<ReportingTerms> signedTermsInState(DealState state, int limit) {
    return em
        .createQuery(
            "select d.id, d.signingDate, d.grant.termStart, d.grant.termEnd from LicenceDeal d"
                + " where d.state = :s and d.signingDate is not null order by d.id",
            Object[].class)
        .setParameter("s", state)
        .setMaxResults(limit)
        .getResultList()
        .stream()
        .map(
            r ->
                new ReportingTerms(
                    (Long) r[0], (LocalDate) r[1], (LocalDate) r[2], (LocalDate) r[3]))
        .toList();
  }

  private static String inboxWhere(
      boolean admin, Long partner, String me, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where (1 = 0");
    if (admin) {
      where.append(
          " or ((d.state = :review or (d.state = :submitted and not exists (select c.id from"
              + " DealConsent c where c.deal = d and c.givenBy is null)))"
              + " and (d.review.submittedBy is null or d.review.submittedBy <> :me)"
              + " and d.createdBy <> :me"
              + " and not exists (select a.id from DealApproval a where a.deal = d and a.approvedBy = :me))");
      params.put("review", DealState.UNDER_REVIEW);
      params.put("submitted", DealState.SUBMITTED);
      params.put("me", me);
    }
    if (partner != null) {
      where.append(
          " or (d.state in (:consentStates) and exists (select c.id from DealConsent c where c.deal = d"
              + " and c.partnerId = :consenter and c.givenBy is null))");
      params.put("consentStates", List.of(DealState.SUBMITTED, DealState.CONSENTS_PENDING));
      params.put("consenter", partner);
    }
    return where.append(")").toString();
  }

  private static String where(
      DealQuery query, Set<Long> partnersNamed, Scope scope, Map<String, Object> params) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    // "exists" rather than "member of": MariaDB runs it as a semi-join lookup per row of the
    // (state, licensee) index instead of a dependent subquery over the whole table, which halved
    // the partner-scoped count at 100,000 deals (decision 0072)
    where.append(
        ScopeClause.of(
            scope,
            "(d.licenseeId in :scope or exists (select 1 from d.licensorIds l where l in :scope))",
            params));
    if (query.partnerId() != null) {
      where.append(
          " and (d.licenseeId = :partner or exists"
              + " (select 1 from d.licensorIds p where p = :partner))");
      params.put("partner", query.partnerId());
    }
    query.search().ifPresent(search -> where.append(search(search, partnersNamed, params)));
    if (query.state() != null) {
      where.append(" and d.state = :state");
      params.put("state", query.state());
    }
    if (query.updatedFrom() != null) {
      where.append(" and d.updatedAt >= :from");
      params.put("from", query.updatedFrom().atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    if (query.updatedTo() != null) {
      where.append(" and d.updatedAt < :to");
      params.put("to", query.updatedTo().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    return where.toString();
  }

  /**
   * The text in a title, the deal's number, or a licensee or licensor among the partners it names.
   */
  private static String search(
      SearchText search, Set<Long> partnersNamed, Map<String, Object> params) {
    StringBuilder or = new StringBuilder(" and (lower(d.title) like :text escape '\\'");
    params.put("text", search.containsPattern());
    search
        .number()
        .ifPresent(
            n -> {
              or.append(" or d.id = :number");
              params.put("number", n);
            });
    if (!partnersNamed.isEmpty()) {
      or.append(
          " or d.licenseeId in :named or exists (select 1 from d.licensorIds n where n in :named)");
      params.put("named", partnersNamed);
    }
    return or.append(")").toString();
  }

  /** A whitelisted sort (a field of {@link DealQuery#SORTS}), then the id the same way. */
  static String orderBy(ListSort sort) {
    String column = SORTS.get(sort.field());
    if (column == null) {
      throw new IllegalArgumentException("not a sort field: " + sort.field());
    }
    String direction = " " + sort.direction();
    return column + direction + ", d.id" + direction;
  }

  private static DealRow row(Tuple t) {
    return new DealRow(
        t.get("id", Long.class),
        t.get("title", String.class),
        t.get("titleZh", String.class),
        t.get("state", DealState.class),
        t.get("licensee", Long.class),
        null,
        null,
        t.get("currency", String.class),
        t.get("total", BigDecimal.class),
        t.get("submittedBy", String.class),
        t.get("updatedAt", Instant.class),
        t.get("version", Long.class));
  }
}
