package org.institute.core;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which partners' records a caller may read: all of them, those of some partners, or none. The core
 * builds it once per caller from the account ({@link Caller#scope()}); modules ask it and never
 * read an absent value as "all". Immutable.
 */
public final class Scope implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final Scope ALL = new Scope(Kind.ALL, Set.of());
  private static final Scope NONE = new Scope(Kind.NONE, Set.of());

  private enum Kind {
    ALL,
    SOME,
    NONE
  }

  private final Kind kind;
  private final Set<PartnerId> partners;

  private Scope(Kind kind, Set<PartnerId> partners) {
    this.kind = kind;
    this.partners = partners;
  }

  /** Every partner's records. */
  public static Scope all() {
    return ALL;
  }

  /** No partner's records. */
  public static Scope none() {
    return NONE;
  }

  /** The records of these partners only; none when the collection is empty. */
  public static Scope of(Collection<PartnerId> partners) {
    return partners.isEmpty() ? NONE : new Scope(Kind.SOME, Set.copyOf(partners));
  }

  public static Scope of(PartnerId partner) {
    return of(List.of(partner));
  }

  public boolean isAll() {
    return kind == Kind.ALL;
  }

  public boolean isNone() {
    return kind == Kind.NONE;
  }

  /** Whether a record of this partner lies in the scope. */
  public boolean includes(PartnerId partner) {
    return kind == Kind.ALL || partners.contains(partner);
  }

  /** Whether a record shared by these partners (any of them) lies in the scope. */
  public boolean includesAny(Collection<PartnerId> owners) {
    return kind == Kind.ALL || owners.stream().anyMatch(partners::contains);
  }

  /**
   * The partners of a limited scope, for a query's filter; empty for {@link #none()}.
   *
   * @throws IllegalStateException for {@link #all()}, which no finite set describes: ask {@link
   *     #isAll()} first
   */
  public Set<PartnerId> partners() {
    if (kind == Kind.ALL) {
      throw new IllegalStateException("the scope of all partners has no finite list");
    }
    return partners;
  }

  /** The partner ids as numbers, sorted, for a query parameter of a limited scope. */
  public List<Long> partnerIds() {
    return partners().stream()
        .map(PartnerId::value)
        .collect(Collectors.toCollection(TreeSet::new))
        .stream()
        .toList();
  }

  /**
   * Applies the one of three answers that fits: {@code all} for every partner, {@code some} with
   * the partners of a limited scope, {@code none} otherwise.
   */
  public <T> T fold(T all, Function<Set<PartnerId>, T> some, T none) {
    return switch (kind) {
      case ALL -> all;
      case SOME -> some.apply(partners);
      case NONE -> none;
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Scope s && s.kind == kind && s.partners.equals(partners);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + partners.hashCode();
  }

  @Override
  public String toString() {
    return switch (kind) {
      case ALL -> "Scope[all]";
      case NONE -> "Scope[none]";
      case SOME -> "Scope" + new TreeSet<>(partnerIds());
    };
  }
}
