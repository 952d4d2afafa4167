package org.institute.licensing.domain;

import java.util.List;
import java.util.Optional;
import org.institute.core.ListSort;
import org.institute.core.Scope;
import org.institute.core.SearchText;
import org.institute.licensing.DisclosureState;

public interface DisclosureRepository {
  Disclosure add(Disclosure disclosure);

  Optional<Disclosure> find(long id);

  /** Flushes with a new version, so that of two racing reviews one wins. */
  void flushWithNewVersion(Disclosure disclosure);

  /** A page of disclosures (inventors loaded in one more statement), within the scope. */
  List<Disclosure> page(DisclosureState state, Scope scope, int offset, int limit);

  /** A page of disclosures found and the total, as {@code page}, searched and sorted in SQL. */
  Found search(
      DisclosureState state, Scope scope, SearchText text, ListSort sort, int offset, int limit);

  /** A page and how many matched in all. */
  record Found(List<Disclosure> disclosures, long total) {}
}
