package org.institute.licensing.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.institute.core.Scope;

public interface PatentFamilyRepository {
  PatentFamily add(PatentFamily family);

  /**
   * Adds many families and flushes once (an import's), with every other change pending in the same
   * unit of work, even when the list is empty: each family's id is set when it is added.
   */
  void addAll(List<PatentFamily> families);

  Optional<PatentFamily> find(long id);

  void flush();

  List<PatentFamily> findAll(Collection<Long> ids);

  /**
   * The families, locked for the rest of the transaction (in id order), so that two payments on
   * them never recover the same cost or count the same cumulative income twice.
   */
  List<PatentFamily> lockAll(Collection<Long> ids);

  boolean referenceTaken(String reference);

  /**
   * Every recorded family as an import plans against it: reference, priority claim and date, the
   * keys of its applications ({@link PatentOffices#key}) and whether {@code filer} may file in it
   * (null: an admin, who may file in any; else the partner whose staff imports, who may file in the
   * families their partner owns a share of on {@code today}).
   */
  List<PatentImportPlan.KnownFamily> known(Long filer, LocalDate today);

  /** The families with these references, with ownership and applications. */
  List<PatentFamily> byReferences(Collection<String> references);

  /** A page of families with ownership and applications loaded in a constant number of queries. */
  /**
   * A page of families in the scope, optionally of one co-owner and matching a search (reference,
   * title, application or grant number), in the order asked and then by id.
   */
  Page page(
      Scope scope,
      Long ownerFilter,
      org.institute.core.SearchText search,
      org.institute.core.ListSort sort,
      int offset,
      int limit);

  /** A page of families and how many match in all. */
  record Page(List<PatentFamily> families, long total) {}

  /**
   * As {@link #page}, by keyset (decision 0095): the families after the request's cursor in the
   * order (then by id), the cursor after the last when more follow, the count only when asked.
   *
   * @throws org.institute.core.InvalidCommandException naming {@code cursor} for a cursor of
   *     another order or with a key that does not read
   */
  org.institute.core.Slice<PatentFamily> slice(
      Scope scope,
      Long ownerFilter,
      org.institute.core.SearchText search,
      org.institute.core.ListSort sort,
      org.institute.core.PageRequest page);

  long count(Scope scope, Long ownerFilter);

  /** Families whose priority date makes a deadline fall between the dates, in scope. */
  List<PatentFamily> withPriorityBetween(LocalDate from, LocalDate to, Scope scope);

  /**
   * The open deadlines ({@link PatentFamily#openDeadlines}) of the families whose priority date
   * makes a deadline fall between the dates, in scope, earliest priority first: read as one
   * projection (each family's reference, priority date, whether a PCT application is filed and in
   * how many other jurisdictions), not by loading the families, their owners and applications.
   * Deadlines outside the dates are included; the caller filters.
   */
  List<org.institute.licensing.Deadline> openDeadlines(LocalDate from, LocalDate to, Scope scope);

  long applicationCount(Scope scope);

  /** Whether the partner owns (or owned) a share of the family or licenses it. */
  boolean inScope(long familyId, Scope scope);
}
