package org.institute.licensing.application;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.institute.core.PartnerId;
import org.institute.core.SearchText;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerLabel;

/**
 * Partner names for views, read in one call per view whatever the number of rows: the partners a
 * page names ({@link #of(PartnerDirectory, Collection)}), or every partner where a view may name
 * any or matches a search text against all names ({@link #of(PartnerDirectory)}).
 */
final class PartnerNames {
  private final Map<PartnerId, PartnerLabel> byId;

  private PartnerNames(List<PartnerLabel> labels) {
    this.byId = labels.stream().collect(Collectors.toMap(PartnerLabel::id, Function.identity()));
  }

  static PartnerNames of(PartnerDirectory directory) {
    return new PartnerNames(directory.labels());
  }

  /** The names of the given partners only: what a page of rows needs. */
  static PartnerNames of(PartnerDirectory directory, Collection<Long> ids) {
    Set<PartnerId> wanted = ids.stream().map(PartnerId::new).collect(Collectors.toSet());
    return new PartnerNames(directory.labels(wanted));
  }

  String name(long id) {
    PartnerLabel p = byId.get(new PartnerId(id));
    return p == null ? "#" + id : p.nameEn();
  }

  /** The partners whose code or name (either script) contains the search text, any case. */
  Set<Long> matching(SearchText search) {
    String text = search.text().toLowerCase(Locale.ROOT);
    return byId.values().stream()
        .filter(
            p ->
                contains(p.code(), text)
                    || contains(p.nameEn(), text)
                    || contains(p.nameZh(), text))
        .map(p -> p.id().value())
        .collect(Collectors.toSet());
  }

  private static boolean contains(String value, String lowerText) {
    return value != null && value.toLowerCase(Locale.ROOT).contains(lowerText);
  }

  /** The partner's Chinese name, or null when it has none (or is unknown). */
  String nameZh(long id) {
    PartnerLabel p = byId.get(new PartnerId(id));
    return p == null ? null : p.nameZh();
  }

  String code(long id) {
    PartnerLabel p = byId.get(new PartnerId(id));
    return p == null ? "#" + id : p.code();
  }
}
