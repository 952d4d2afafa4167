package org.institute.web.platform.faces;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The results of the last few actions of a session that a page shows after its redirect
 * (Post/Redirect/Get, decision 0079) and that are too large for the address: an import's report,
 * found by the import's reference in the address. The newest ten are kept.
 */
@SessionScoped
public class RecentResults implements Serializable {
  private static final long serialVersionUID = 1L;

  static final int KEPT = 10;

  private final Map<String, Serializable> results =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Serializable> eldest) {
          return size() > KEPT;
        }
      };

  public synchronized void keep(String key, Serializable result) {
    results.put(key, result);
  }

  public synchronized <T extends Serializable> Optional<T> find(String key, Class<T> type) {
    Serializable found = key == null ? null : results.get(key);
    return type.isInstance(found) ? Optional.of(type.cast(found)) : Optional.empty();
  }
}
