package org.institute.web.reports.faces;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How far running report generations have got, in percent, by generation id, for the poll. */
@ApplicationScoped
public class ReportProgress {

  private final Map<String, AtomicInteger> percent = new ConcurrentHashMap<>();

  AtomicInteger start(String id) {
    AtomicInteger counter = new AtomicInteger();
    percent.put(id, counter);
    return counter;
  }

  int percent(String id) {
    AtomicInteger counter = id == null ? null : percent.get(id);
    return counter == null ? 0 : counter.get();
  }

  void finish(String id) {
    percent.remove(id);
  }
}
