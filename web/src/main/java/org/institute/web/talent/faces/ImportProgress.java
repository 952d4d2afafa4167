package org.institute.web.talent.faces;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** How far running bulk enrolments have got, by import id, for the wizard's progress bar. */
@ApplicationScoped
public class ImportProgress {

  private final Map<String, AtomicInteger> done = new ConcurrentHashMap<>();

  AtomicInteger start(String importId) {
    AtomicInteger counter = new AtomicInteger();
    done.put(importId, counter);
    return counter;
  }

  int rowsDone(String importId) {
    AtomicInteger counter = done.get(importId);
    return counter == null ? 0 : counter.get();
  }

  void finish(String importId) {
    done.remove(importId);
  }
}
