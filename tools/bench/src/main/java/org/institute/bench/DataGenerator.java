package org.institute.bench;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Fills a MariaDB database that the application has already migrated and seeded with its demo data
 * (size S) with the rows of size M or L, by JDBC batches, plus the fixtures every benchmark run
 * needs (two empty 100-seat cohorts for the enrolment burst, cold and warm, forty more for the warm
 * burst's warm-up, an empty cohort for the CSV import and 1,000 participants who are in no cohort).
 * Rows are written as the application would have left them: ownership shares of a family sum to
 * 100, a cohort's enrolled count equals its ENROLLED rows and never exceeds its capacity, waitlist
 * tickets are 1..n, a deal has the consents, approvals and timeline of its state. Generated rows
 * have no audit entries: they stand for data migrated in.
 *
 * <p>Usage: {@code DataGenerator S|M|L jdbcUrl user password fixturesFile}
 */
public final class DataGenerator {

  /** Row counts of one size. "Patents" in issue 8 are patent applications: two per family. */
  record Size(int families, int deals, int participants, int cohorts, int enrolmentsPerCohort) {
    static Size of(String name) {
      return switch (name.toUpperCase(Locale.ROOT)) {
        case "S" -> new Size(0, 0, 0, 0, 0);
        case "M" -> new Size(5_000, 10_000, 100_000, 2_000, 100);
        case "L" -> new Size(50_000, 100_000, 300_000, 10_000, 100);
        default -> throw new IllegalArgumentException("size must be S, M or L: " + name);
      };
    }
  }

  static final int BATCH = 5_000;
  static final int BURST_PARTICIPANTS = 1_000;

  /**
   * 100-seat cohorts the burst participants enrol into, unmeasured, before the second burst (40 s
   * of enrolments at 32 connections, a few hundred a second on 2 cores, never a repeated one).
   */
  static final int BURST_WARMUP_COHORTS = 40;

  private final Connection db;
  private final Random random = new Random(8);
  private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private long rows;

  private DataGenerator(Connection db) {
    this.db = db;
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 5) {
      System.err.println("usage: DataGenerator S|M|L jdbcUrl user password fixturesFile");
      System.exit(2);
    }
    Size size = Size.of(args[0]);
    long start = System.nanoTime();
    try (Connection db = DriverManager.getConnection(args[1], args[2], args[3])) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        // the generator writes consistent rows itself; the checks would only slow the load down
        s.execute("SET SESSION foreign_key_checks = 0, unique_checks = 0");
      }
      DataGenerator generator = new DataGenerator(db);
      generator.licensing(size);
      generator.talent(size);
      try (Statement s = db.createStatement()) {
        // every party's row of the partner-scoped deal list's index, as the application writes it
        // with each deal, and the KPI stamps moved (decision 0110)
        s.executeUpdate(
            "INSERT INTO lic_deal_party (deal_id, partner_id, state, updated_at)"
                + " SELECT d.id, d.licensee_id, d.state, d.updated_at FROM lic_deal d"
                + " WHERE NOT EXISTS (SELECT 1 FROM lic_deal_party p"
                + " WHERE p.deal_id = d.id AND p.partner_id = d.licensee_id)");
        s.executeUpdate(
            "INSERT INTO lic_deal_party (deal_id, partner_id, state, updated_at)"
                + " SELECT d.id, l.partner_id, d.state, d.updated_at FROM lic_deal d"
                + " JOIN lic_deal_licensor l ON l.deal_id = d.id WHERE l.partner_id <> d.licensee_id"
                + " AND NOT EXISTS (SELECT 1 FROM lic_deal_party p"
                + " WHERE p.deal_id = d.id AND p.partner_id = l.partner_id)");
        s.executeUpdate("UPDATE core_kpi_stamp SET version = version + 1");
      }
      db.commit();
      String fixtures = generator.fixtures();
      Files.writeString(Path.of(args[4]), fixtures);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "generated size %s: %,d rows in %.1f s (%,.0f rows/s)%n",
          args[0],
          generator.rows,
          seconds,
          generator.rows / seconds);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // IP licensing

  private void licensing(Size size) throws SQLException {
    if (size.families() == 0) {
      return;
    }
    long ntu = partner("NTU");
    long scut = partner("SCUT");
    long gkc = partner("GKC");
    List<Long> licensees = partnersWithRole("LICENSEE");
    licensees.addAll(partnersWithRole("INDUSTRY_PARTNER"));
    licensees.addAll(partnersWithRole("INTERNSHIP_HOST"));

    // owner mixes: NTU is a party to about 45 % of the families, so NTU staff see a realistic slice
    long[][] mixes = {{ntu}, {scut}, {gkc}, {ntu, scut}, {scut, gkc}, {ntu, scut, gkc}};
    int[] weights = {25, 30, 15, 15, 10, 5};
    String[][] shares = {{"100"}, {"60", "40"}, {"40", "35", "25"}};
    String[] fields = {
      "Advanced materials",
      "Smart manufacturing",
      "Biomedical engineering",
      "Artificial intelligence",
      "Energy storage",
      "Environmental engineering",
      "Microelectronics"
    };
    String[] jurisdictions = {"CN", "SG", "PCT", "US", "EP"};
    String[] statuses = {"FILED", "PUBLISHED", "GRANTED", "GRANTED", "LAPSED"};

    long familyBase = maxId("lic_patent_family");
    long applicationBase = maxId("lic_patent_application");
    long[][] owners = new long[size.families()][];
    try (PreparedStatement family =
            db.prepareStatement(
                "INSERT INTO lic_patent_family (id, version, reference, title, technology_field,"
                    + " priority_date, created_at) VALUES (?, 0, ?, ?, ?, ?, ?)");
        PreparedStatement ownership =
            db.prepareStatement(
                "INSERT INTO lic_ownership (family_id, partner_id, share_percent, effective_from)"
                    + " VALUES (?, ?, ?, ?)");
        PreparedStatement application =
            db.prepareStatement(
                "INSERT INTO lic_patent_application (id, family_id, jurisdiction, application_number,"
                    + " filing_date, status, grant_number) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < size.families(); i++) {
        long id = familyBase + 1 + i;
        LocalDate priority = LocalDate.of(2008, 1, 1).plusDays(random.nextInt(17 * 365));
        String field = fields[random.nextInt(fields.length)];
        family.setLong(1, id);
        family.setString(2, String.format(Locale.ROOT, "BENCH-%06d", i + 1));
        family.setString(3, field + ": method and apparatus no. " + (i + 1));
        family.setString(4, field);
        family.setObject(5, priority);
        family.setTimestamp(6, Timestamp.from(now));
        add(family);
        owners[i] = mixes[pick(weights)];
        String[] split = shares[owners[i].length - 1];
        for (int o = 0; o < owners[i].length; o++) {
          ownership.setLong(1, id);
          ownership.setLong(2, owners[i][o]);
          ownership.setBigDecimal(3, new BigDecimal(split[o]));
          ownership.setObject(4, priority);
          add(ownership);
        }
        for (int a = 0; a < 2; a++) {
          String jurisdiction = jurisdictions[(i + a) % jurisdictions.length];
          String status = statuses[random.nextInt(statuses.length)];
          application.setLong(1, applicationBase + 1 + 2L * i + a);
          application.setLong(2, id);
          application.setString(3, jurisdiction);
          application.setString(
              4,
              jurisdiction + String.format(Locale.ROOT, "%04d%07d", priority.getYear(), 2 * i + a));
          application.setObject(5, priority.plusMonths(a * 12L));
          application.setString(6, status);
          application.setString(7, status.equals("GRANTED") ? "G" + (2 * i + a) : null);
          add(application);
        }
        flushEvery(i, family, ownership, application);
      }
      flush(family, ownership, application);
    }
    deals(size, familyBase, owners, licensees);
  }

  private static final String[] STATES = {
    "DRAFT",
    "SUBMITTED",
    "CONSENTS_PENDING",
    "UNDER_REVIEW",
    "APPROVED",
    "EXECUTED",
    "ACTIVE",
    "TERMINATED",
    "EXPIRED",
    "CHANGES_REQUESTED",
    "REJECTED"
  };
  private static final int[] STATE_WEIGHTS = {15, 4, 4, 5, 4, 8, 40, 5, 5, 5, 5};

  private void deals(Size size, long familyBase, long[][] owners, List<Long> licensees)
      throws SQLException {
    long dealBase = maxId("lic_deal");
    try (PreparedStatement deal =
            db.prepareStatement(
                "INSERT INTO lic_deal (id, version, title, state, licensee_id, field_of_use, territory,"
                    + " exclusivity, term_start, term_end, currency, upfront_fee, royalty_percent,"
                    + " annual_minimum, total_value, created_by, created_at, updated_at, submitted_by,"
                    + " submitter_partner_id, submission_date, required_approvals, signing_date,"
                    + " signed_document_id) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)");
        PreparedStatement dealFamily =
            db.prepareStatement("INSERT INTO lic_deal_family (deal_id, family_id) VALUES (?, ?)");
        PreparedStatement licensor =
            db.prepareStatement(
                "INSERT INTO lic_deal_licensor (deal_id, partner_id) VALUES (?, ?)");
        PreparedStatement consent =
            db.prepareStatement(
                "INSERT INTO lic_deal_consent (deal_id, partner_id, given_by, given_at) VALUES (?, ?, ?, ?)");
        PreparedStatement approval =
            db.prepareStatement(
                "INSERT INTO lic_deal_approval (deal_id, approved_by, approved_at) VALUES (?, ?, ?)");
        PreparedStatement event =
            db.prepareStatement(
                "INSERT INTO lic_deal_event (deal_id, at_utc, actor, partner_id, action, from_state,"
                    + " to_state, comment_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < size.deals(); i++) {
        long id = dealBase + 1 + i;
        String state = STATES[pick(STATE_WEIGHTS)];
        int first = random.nextInt(owners.length);
        int[] families =
            random.nextInt(4) == 0
                ? new int[] {first, (first + 1) % owners.length}
                : new int[] {first};
        Set<Long> licensors = new LinkedHashSet<>();
        for (int f : families) {
          for (long p : owners[f]) {
            licensors.add(p);
          }
        }
        long licensee = licensees.get(random.nextInt(licensees.size()));
        String currency = random.nextBoolean() ? "SGD" : "CNY";
        BigDecimal upfront =
            BigDecimal.valueOf(20_000L + random.nextInt(400) * 1_000L, 0).setScale(2);
        BigDecimal minimum =
            BigDecimal.valueOf(5_000L + random.nextInt(100) * 1_000L, 0).setScale(2);
        BigDecimal total = upfront.add(minimum.multiply(BigDecimal.valueOf(5)));
        Instant created = now.minus(30 + random.nextInt(5 * 365), ChronoUnit.DAYS);
        LocalDate termStart = LocalDate.ofInstant(created, java.time.ZoneOffset.UTC).plusMonths(2);
        long submitterPartner = licensors.iterator().next();
        String submitter =
            submitterPartner == partner("NTU")
                ? "ntu.staff"
                : submitterPartner == partner("SCUT") ? "scut.staff" : "gkc.staff";
        int stage = stage(state);
        List<Object[]> timeline = new ArrayList<>();
        Instant at = created;
        timeline.add(new Object[] {at, submitter, submitterPartner, "CREATE", null, "DRAFT"});
        if (stage >= 1) {
          at = at.plus(3, ChronoUnit.DAYS);
          timeline.add(
              new Object[] {at, submitter, submitterPartner, "SUBMIT", "DRAFT", "SUBMITTED"});
        }
        boolean consentsGiven = stage >= 3;
        if (consentsGiven) {
          for (long p : licensors) {
            at = at.plus(2, ChronoUnit.DAYS);
            timeline.add(new Object[] {at, staffOf(p), p, "CONSENT", null, "UNDER_REVIEW"});
          }
        }
        int approvals = total.compareTo(BigDecimal.valueOf(500_000)) > 0 ? 2 : 1;
        if (stage >= 4) {
          at = at.plus(4, ChronoUnit.DAYS);
          timeline.add(
              new Object[] {
                at,
                "admin",
                null,
                "APPROVE",
                "UNDER_REVIEW",
                approvals == 2 ? "UNDER_REVIEW" : "APPROVED"
              });
          if (approvals == 2) {
            at = at.plus(1, ChronoUnit.DAYS);
            timeline.add(
                new Object[] {at, "ip.office", null, "APPROVE", "UNDER_REVIEW", "APPROVED"});
          }
        }
        if (stage >= 5) {
          at = at.plus(10, ChronoUnit.DAYS);
          timeline.add(new Object[] {at, "admin", null, "EXECUTE", "APPROVED", "EXECUTED"});
        }
        if (stage >= 6) {
          at = at.plus(1, ChronoUnit.DAYS);
          timeline.add(new Object[] {at, "admin", null, "ACTIVATE", "EXECUTED", "ACTIVE"});
        }
        String last = (String) timeline.get(timeline.size() - 1)[5];
        if (!last.equals(state)) {
          String action =
              switch (state) {
                case "TERMINATED" -> "TERMINATE";
                case "REJECTED" -> "REJECT";
                case "CHANGES_REQUESTED" -> "REQUEST_CHANGES";
                case "EXPIRED" -> "TERMINATE";
                default -> "SUBMIT";
              };
          at = at.plus(5, ChronoUnit.DAYS);
          timeline.add(new Object[] {at, "admin", null, action, last, state});
        }
        deal.setLong(1, id);
        deal.setString(
            2,
            "Licence of BENCH-"
                + String.format(Locale.ROOT, "%06d", first + 1)
                + " no. "
                + (i + 1));
        deal.setString(3, state);
        deal.setLong(4, licensee);
        deal.setString(5, "Industrial use in the licensee's products");
        deal.setString(6, random.nextBoolean() ? "Mainland China" : "Worldwide");
        deal.setString(7, random.nextBoolean() ? "EXCLUSIVE" : "SOLE");
        deal.setObject(8, termStart);
        deal.setObject(9, termStart.plusYears(5));
        deal.setString(10, currency);
        deal.setBigDecimal(11, upfront);
        deal.setBigDecimal(12, new BigDecimal("3.5000"));
        deal.setBigDecimal(13, minimum);
        deal.setBigDecimal(14, total);
        deal.setString(15, submitter);
        deal.setTimestamp(16, Timestamp.from(created));
        deal.setTimestamp(17, Timestamp.from(at));
        deal.setString(18, stage >= 1 ? submitter : null);
        deal.setObject(19, stage >= 1 ? submitterPartner : null);
        deal.setObject(
            20,
            stage >= 1
                ? LocalDate.ofInstant(created.plus(3, ChronoUnit.DAYS), java.time.ZoneOffset.UTC)
                : null);
        deal.setInt(21, approvals);
        deal.setObject(22, stage >= 5 ? LocalDate.ofInstant(at, java.time.ZoneOffset.UTC) : null);
        add(deal);
        for (int f : families) {
          dealFamily.setLong(1, id);
          dealFamily.setLong(2, familyBase + 1 + f);
          add(dealFamily);
        }
        for (long p : licensors) {
          licensor.setLong(1, id);
          licensor.setLong(2, p);
          add(licensor);
          if (stage >= 1) {
            consent.setLong(1, id);
            consent.setLong(2, p);
            consent.setString(3, consentsGiven ? staffOf(p) : null);
            consent.setTimestamp(
                4, consentsGiven ? Timestamp.from(created.plus(5, ChronoUnit.DAYS)) : null);
            add(consent);
          }
        }
        if (stage >= 4) {
          for (int a = 0; a < approvals; a++) {
            approval.setLong(1, id);
            approval.setString(2, a == 0 ? "admin" : "ip.office");
            approval.setTimestamp(3, Timestamp.from(created.plus(10 + a, ChronoUnit.DAYS)));
            add(approval);
          }
        }
        for (Object[] e : timeline) {
          event.setLong(1, id);
          event.setTimestamp(2, Timestamp.from((Instant) e[0]));
          event.setString(3, (String) e[1]);
          event.setObject(4, e[2]);
          event.setString(5, (String) e[3]);
          event.setString(6, (String) e[4]);
          event.setString(7, (String) e[5]);
          event.setString(8, null);
          add(event);
        }
        flushEvery(i, deal, dealFamily, licensor, consent, approval, event);
      }
      flush(deal, dealFamily, licensor, consent, approval, event);
    }
  }

  /**
   * How far along the workflow a state got: 0 draft, 1 submitted, 3 consented, 4 approved, 5
   * executed, 6 active.
   */
  private static int stage(String state) {
    return switch (state) {
      case "DRAFT" -> 0;
      case "SUBMITTED", "CONSENTS_PENDING", "CHANGES_REQUESTED" -> 1;
      case "UNDER_REVIEW", "REJECTED" -> 3;
      case "APPROVED" -> 4;
      case "EXECUTED" -> 5;
      default -> 6;
    };
  }

  private String staffOf(long partner) throws SQLException {
    return partner == partner("NTU")
        ? "ntu.staff"
        : partner == partner("SCUT") ? "scut.staff" : "gkc.staff";
  }

  // ---------------------------------------------------------------------------------------------
  // Talent programmes

  private void talent(Size size) throws SQLException {
    if (size.cohorts() == 0) {
      return;
    }
    long participantBase = participants(size.participants(), "p", true);
    long[] programmes = programmes(20, "BENCH-P");
    long cohortBase = maxId("tal_cohort");
    long enrolmentBase = maxId("tal_enrolment");
    try (PreparedStatement cohort = cohortInsert();
        PreparedStatement session =
            db.prepareStatement(
                "INSERT INTO tal_session (cohort_id, starts_at, zone_id, duration_minutes, topic,"
                    + " delivery_mode, venue, trainer, attendance_taken) VALUES (?, ?, ?, 180, ?, ?, ?, ?, FALSE)");
        PreparedStatement enrolment =
            db.prepareStatement(
                "INSERT INTO tal_enrolment (id, cohort_id, participant_id, state, waitlist_ticket,"
                    + " assessment_passed, requested_at, changed_at, version) VALUES (?, ?, ?, ?, ?, NULL, ?, ?, 0)")) {
      long enrolmentId = enrolmentBase;
      int perCohort = size.enrolmentsPerCohort();
      for (int c = 0; c < size.cohorts(); c++) {
        long id = cohortBase + 1 + c;
        int capacity = 80 + random.nextInt(41);
        int enrolled = Math.min(capacity, perCohort);
        int waitlisted = perCohort - enrolled;
        LocalDate starts = LocalDate.now().minusDays(60).plusDays(random.nextInt(240));
        setCohort(
            cohort,
            id,
            programmes[c % programmes.length],
            "Bench intake " + (c + 1),
            starts,
            capacity,
            random.nextBoolean() ? "OPEN" : "RUNNING",
            enrolled,
            waitlisted);
        add(cohort);
        for (int s = 0; s < 3; s++) {
          session.setLong(1, id);
          session.setTimestamp(
              2,
              Timestamp.from(
                  starts.plusWeeks(s).atTime(9, 30).toInstant(java.time.ZoneOffset.ofHours(8))));
          session.setString(3, s == 1 ? "Asia/Singapore" : "Asia/Shanghai");
          session.setString(4, "Module " + (s + 1));
          // the product's DeliveryMode names: the cohort page reads them back as an enum
          session.setString(5, s == 0 ? "CHONGQING_BASE" : s == 1 ? "SINGAPORE_CAMPUS" : "ONLINE");
          session.setString(
              6, s == 0 ? "Chongqing base, room 100" : s == 1 ? "NTU campus, room 101" : null);
          session.setString(7, "Trainer " + (c % 37));
          add(session);
        }
        for (int j = 0; j < perCohort; j++) {
          long participant = participantBase + 1 + ((long) c * perCohort + j) % size.participants();
          Instant requested =
              now.minus(perCohort - j, ChronoUnit.MINUTES).minus(c % 500, ChronoUnit.DAYS);
          enrolment.setLong(1, ++enrolmentId);
          enrolment.setLong(2, id);
          enrolment.setLong(3, participant);
          boolean seated = j < enrolled;
          enrolment.setString(4, seated ? "ENROLLED" : "WAITLISTED");
          enrolment.setObject(5, seated ? null : (long) (j - enrolled + 1));
          enrolment.setTimestamp(6, Timestamp.from(requested));
          enrolment.setTimestamp(7, Timestamp.from(requested));
          add(enrolment);
        }
        flushEvery(c, cohort, session, enrolment);
      }
      flush(cohort, session, enrolment);
    }
  }

  private PreparedStatement cohortInsert() throws SQLException {
    return db.prepareStatement(
        "INSERT INTO tal_cohort (id, programme_id, name, starts_on, ends_on, applications_open,"
            + " applications_close, capacity, fee_amount, fee_currency, status, enrolled_count,"
            + " waitlist_tickets, waitlist_length, created_at, version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 3800.00, 'SGD', ?, ?, ?, ?, ?, 0)");
  }

  private void setCohort(
      PreparedStatement cohort,
      long id,
      long programme,
      String name,
      LocalDate starts,
      int capacity,
      String status,
      int enrolled,
      int waitlisted)
      throws SQLException {
    cohort.setLong(1, id);
    cohort.setLong(2, programme);
    cohort.setString(3, name);
    cohort.setObject(4, starts);
    cohort.setObject(5, starts.plusMonths(3));
    cohort.setObject(6, starts.minusMonths(2));
    cohort.setObject(7, starts.minusDays(7));
    cohort.setInt(8, capacity);
    cohort.setString(9, status);
    cohort.setInt(10, enrolled);
    cohort.setLong(11, waitlisted);
    // everyone with a ticket still waits: the line is as long as the last ticket
    cohort.setInt(12, waitlisted);
    cohort.setTimestamp(13, Timestamp.from(now));
  }

  /**
   * Inserts participants, a quarter of them NTU students with a matriculation number when {@code
   * students}; returns the id before the first.
   */
  private long participants(int count, String prefix, boolean students) throws SQLException {
    long base = maxId("tal_participant");
    String[] family = {"Tan", "Lim", "Lee", "Ng", "Wong", "Chen", "Li", "Wang", "Zhang", "Liu"};
    String[] familyZh = {"陈", "林", "李", "黄", "王", "陈", "李", "王", "张", "刘"};
    String[] given = {
      "Mei Ling", "Wei Jie", "Hui Min", "Jun Hao", "Xin Yi", "Zhi Wei", "Jia Hui", "Yong Sheng"
    };
    String[] givenZh = {"美玲", "伟杰", "慧敏", "俊豪", "欣怡", "志伟", "佳慧", "永生"};
    String[] organisations = {
      "Nanyang Technological University",
      "South China University of Technology",
      "Chongqing Yubei Technology Co.",
      "Guangzhou Knowledge City Co.",
      null
    };
    try (PreparedStatement p =
        db.prepareStatement(
            "INSERT INTO tal_participant (id, name_latin, name_zh, email, organisation,"
                + " matriculation_number, nationality, created_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)")) {
      for (int i = 0; i < count; i++) {
        int f = random.nextInt(family.length);
        int g = random.nextInt(given.length);
        boolean ntuStudent = students && random.nextInt(4) == 0;
        p.setLong(1, base + 1 + i);
        p.setString(2, family[f] + " " + given[g]);
        p.setString(3, random.nextBoolean() ? familyZh[f] + givenZh[g] : null);
        p.setString(4, String.format(Locale.ROOT, "%s%07d@bench.example", prefix, i + 1));
        p.setString(5, organisations[random.nextInt(organisations.length)]);
        p.setString(6, ntuStudent ? String.format(Locale.ROOT, "U%07dB", i + 1) : null);
        p.setString(7, random.nextBoolean() ? "SG" : "CN");
        p.setTimestamp(8, Timestamp.from(now));
        add(p);
        flushEvery(i, p);
      }
      flush(p);
    }
    return base;
  }

  private long[] programmes(int count, String codePrefix) throws SQLException {
    long base = maxId("tal_programme");
    long ntu = partner("NTU");
    long scut = partner("SCUT");
    long[] ids = new long[count];
    try (PreparedStatement p =
            db.prepareStatement(
                "INSERT INTO tal_programme (id, code, kind, title_en, title_zh, description_en,"
                    + " description_zh, eligibility, min_attendance_percent, assessment_required,"
                    + " created_at, version) VALUES (?, ?, ?, ?, ?, NULL, NULL, 'OPEN', 75, FALSE, ?, 0)");
        PreparedStatement owner =
            db.prepareStatement(
                "INSERT INTO tal_programme_owner (programme_id, partner_id) VALUES (?, ?)")) {
      for (int i = 0; i < count; i++) {
        ids[i] = base + 1 + i;
        p.setLong(1, ids[i]);
        p.setString(2, codePrefix + (i + 1));
        p.setString(3, i % 3 == 0 ? "MINIMASTERS" : "CERTIFICATION_COURSE");
        p.setString(4, "Entrepreneurial leadership course " + (i + 1));
        p.setString(5, "创业领导力课程 " + (i + 1));
        p.setTimestamp(6, Timestamp.from(now));
        add(p);
        // partner scope mixed: NTU's, SCUT's, and joint programmes
        for (long partner :
            i % 3 == 0
                ? new long[] {ntu, scut}
                : i % 3 == 1 ? new long[] {ntu} : new long[] {scut}) {
          owner.setLong(1, ids[i]);
          owner.setLong(2, partner);
          add(owner);
        }
      }
      flush(p, owner);
    }
    return ids;
  }

  // ---------------------------------------------------------------------------------------------
  // Fixtures of every run

  /**
   * Creates the burst and import cohorts and the burst participants; returns them as shell
   * variables.
   */
  private String fixtures() throws SQLException {
    long programme = programmes(1, "BENCH-FIX-" + now.getEpochSecond() + "-")[0];
    long cohortBase = maxId("tal_cohort");
    try (PreparedStatement cohort = cohortInsert()) {
      LocalDate starts = LocalDate.now().plusMonths(1);
      setCohort(cohort, cohortBase + 1, programme, "Bench burst", starts, 100, "OPEN", 0, 0);
      add(cohort);
      setCohort(cohort, cohortBase + 2, programme, "Bench import", starts, 10_000, "OPEN", 0, 0);
      add(cohort);
      // the same burst again once the enrolment code is warm, after unmeasured enrolments into
      // the warm-up cohorts
      setCohort(cohort, cohortBase + 3, programme, "Bench burst (warm)", starts, 100, "OPEN", 0, 0);
      add(cohort);
      for (int i = 1; i <= BURST_WARMUP_COHORTS; i++) {
        setCohort(
            cohort,
            cohortBase + 3 + i,
            programme,
            "Bench burst warm-up " + i,
            starts,
            100,
            "OPEN",
            0,
            0);
        add(cohort);
      }
      flush(cohort);
    }
    long burstBase = participants(BURST_PARTICIPANTS, "burst" + now.getEpochSecond() + "-", false);
    db.commit();
    StringBuilder env = new StringBuilder();
    env.append("BURST_COHORT=").append(cohortBase + 1).append('\n');
    env.append("IMPORT_COHORT=").append(cohortBase + 2).append('\n');
    env.append("BURST_WARM_COHORT=").append(cohortBase + 3).append('\n');
    env.append("BURST_WARMUP_COHORTS=")
        .append(
            String.join(
                ",",
                java.util.stream.LongStream.rangeClosed(
                        cohortBase + 4, cohortBase + 3 + BURST_WARMUP_COHORTS)
                    .mapToObj(Long::toString)
                    .toList()))
        .append('\n');
    env.append("BURST_FIRST_PARTICIPANT=").append(burstBase + 1).append('\n');
    env.append("BURST_PARTICIPANTS=").append(BURST_PARTICIPANTS).append('\n');
    env.append("NTU_PARTNER=").append(partner("NTU")).append('\n');
    // the deal with the longest timeline that NTU staff may also read, and the fullest running
    // cohort
    env.append("DETAIL_DEAL=")
        .append(
            single(
                "SELECT e.deal_id FROM lic_deal_event e JOIN lic_deal_licensor l ON l.deal_id = e.deal_id"
                    + " WHERE l.partner_id = "
                    + partner("NTU")
                    + " GROUP BY e.deal_id ORDER BY COUNT(*) DESC, e.deal_id LIMIT 1"))
        .append('\n');
    env.append("ROSTER_COHORT=")
        .append(
            single(
                "SELECT id FROM tal_cohort WHERE status IN ('OPEN', 'RUNNING') AND name NOT LIKE 'Bench burst%'"
                    + " ORDER BY enrolled_count + waitlist_tickets DESC, id LIMIT 1"))
        .append('\n');
    for (String table :
        List.of(
            "lic_patent_family",
            "lic_patent_application",
            "lic_deal",
            "lic_deal_event",
            "tal_participant",
            "tal_cohort",
            "tal_enrolment")) {
      env.append("ROWS_")
          .append(table.toUpperCase(Locale.ROOT))
          .append('=')
          .append(single("SELECT COUNT(*) FROM " + table))
          .append('\n');
    }
    return env.toString();
  }

  // ---------------------------------------------------------------------------------------------

  private final java.util.Map<String, Long> partners = new java.util.HashMap<>();

  private long partner(String code) throws SQLException {
    Long id = partners.get(code);
    if (id == null) {
      id = single("SELECT id FROM ptn_partner WHERE code = '" + code + "'");
      partners.put(code, id);
    }
    return id;
  }

  private List<Long> partnersWithRole(String role) throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement s = db.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT partner_id FROM ptn_partner_role WHERE role = '"
                    + role
                    + "' ORDER BY partner_id")) {
      while (r.next()) {
        ids.add(r.getLong(1));
      }
    }
    return ids;
  }

  private long maxId(String table) throws SQLException {
    return single("SELECT COALESCE(MAX(id), 0) FROM " + table);
  }

  private long single(String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      if (!r.next()) {
        throw new IllegalStateException(
            "no row: " + sql + " (did the application seed its demo data?)");
      }
      return r.getLong(1);
    }
  }

  private int pick(int[] weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int x = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private void add(PreparedStatement s) throws SQLException {
    s.addBatch();
    rows++;
  }

  private void flushEvery(int i, PreparedStatement... statements) throws SQLException {
    if ((i + 1) % BATCH == 0) {
      flush(statements);
    }
  }

  private void flush(PreparedStatement... statements) throws SQLException {
    for (PreparedStatement s : statements) {
      s.executeBatch();
    }
    db.commit();
  }
}
