package org.institute.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The data floor: the SQL of one licence-deal list request (a page of 50 and the total, filtered by
 * state, newest change first, optionally in one partner's scope) by plain JDBC over a fixed number
 * of connections, as fast as the database answers. Nothing the application adds (HTTP, security,
 * JSON, ORM) is in it. In a partner's scope the page is read as the application reads it since
 * decision 0110: the ids from the parties' index (lic_deal_party), then their rows, and the count
 * from the same index.
 *
 * <p>Usage: {@code JdbcFloor jdbcUrl user password seconds connections scopePartnerId|0 state
 * prefix}
 */
public final class JdbcFloor {

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args[2];
    int seconds = Integer.parseInt(args[3]);
    int connections = Integer.parseInt(args[4]);
    long scope = Long.parseLong(args[5]);
    String state = args[6];
    String prefix = args[7];
    String columns =
        "SELECT d.id, d.title, d.state, d.licensee_id, d.currency, d.total_value, d.submitted_by,"
            + " d.updated_at, d.version";
    String page =
        scope == 0
            ? columns
                + " FROM lic_deal d WHERE d.state = ? ORDER BY d.updated_at DESC, d.id DESC LIMIT 50"
            : "SELECT p.deal_id, p.updated_at FROM lic_deal_party p WHERE p.state = ?"
                + " AND p.partner_id = ? ORDER BY p.updated_at DESC, p.deal_id DESC LIMIT 50";
    String count =
        scope == 0
            ? "SELECT COUNT(d.id) FROM lic_deal d WHERE d.state = ?"
            : "SELECT COUNT(DISTINCT p.deal_id) FROM lic_deal_party p WHERE p.state = ?"
                + " AND p.partner_id = ?";
    String rowsOf = columns + " FROM lic_deal d WHERE d.id IN (" + "?,".repeat(49) + "?)";

    Latencies latencies = new Latencies();
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < connections; t++) {
      Thread thread =
          new Thread(
              () -> {
                try (Connection c = DriverManager.getConnection(url, user, password);
                    PreparedStatement p = c.prepareStatement(page);
                    PreparedStatement n = c.prepareStatement(count);
                    PreparedStatement o = c.prepareStatement(rowsOf)) {
                  while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    try {
                      bind(p, state, scope);
                      int rows = 0;
                      long[] ids = new long[50];
                      try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                          ids[rows] = r.getLong(1);
                          r.getTimestamp(scope == 0 ? 8 : 2);
                          rows++;
                        }
                      }
                      if (scope != 0) {
                        // the rows of the page's ids, by primary key (absent ids repeat the last)
                        for (int i = 0; i < 50; i++) {
                          o.setLong(i + 1, ids[Math.min(i, Math.max(rows - 1, 0))]);
                        }
                        try (ResultSet r = o.executeQuery()) {
                          while (r.next()) {
                            r.getLong(1);
                            r.getString(2);
                            r.getTimestamp(8);
                          }
                        }
                      }
                      bind(n, state, scope);
                      try (ResultSet r = n.executeQuery()) {
                        r.next();
                        if (r.getLong(1) < rows) {
                          throw new IllegalStateException("count below page");
                        }
                      }
                      latencies.add((System.nanoTime() - t0) / 1_000);
                    } catch (Exception e) {
                      errors.incrementAndGet();
                    }
                  }
                } catch (Exception e) {
                  errors.incrementAndGet();
                  e.printStackTrace();
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    System.out.println(latencies.summary(prefix, elapsed, errors.get()));
  }

  private static void bind(PreparedStatement s, String state, long scope) throws Exception {
    s.setString(1, state);
    if (scope != 0) {
      s.setLong(2, scope);
    }
  }
}
