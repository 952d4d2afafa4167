package org.institute.licensing;

import java.util.List;
import java.util.Optional;
import org.institute.core.ListSort;

/**
 * Invention disclosures. Partner staff submit them for their partner (whose inventors must be among
 * the inventors); the IP office (admins) accepts one, which creates a patent family owned by the
 * inventors' partners in proportion to their contributions, sends it back for changes, or declines
 * it with a reason. Partner staff see the disclosures their partner submitted or has inventors in.
 */
public interface Disclosures {

  DisclosureView submit(NewDisclosure disclosure);

  /** Resubmits a disclosure sent back for changes. */
  DisclosureView revise(long id, NewDisclosure disclosure);

  Optional<DisclosureView> find(long id);

  List<DisclosureView> list(DisclosureState state, int offset, int limit);

  /** The fields {@link #search} sorts by. */
  List<String> SORTS = List.of("id", "title", "state", "submittedAt", "updatedAt");

  /** The order without a sort: the last changed first. */
  ListSort DEFAULT_SORT = ListSort.descending("updatedAt");

  /**
   * A page of the disclosures the caller may read, in one state or any (null), searched in SQL by
   * {@code text} (the title in either language, the research project, the submitter, an inventor's
   * name, or the disclosure's number; decision 0085) and sorted by one of {@link #SORTS} ({@code
   * title,asc}; blank is {@link #DEFAULT_SORT}), with the total found.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code sort} or {@code q}
   */
  DisclosurePage search(DisclosureState state, String text, String sort, int offset, int limit);

  DisclosureView accept(long id, Acceptance acceptance);

  DisclosureView requestChanges(long id, String reason);

  DisclosureView decline(long id, String reason);
}
