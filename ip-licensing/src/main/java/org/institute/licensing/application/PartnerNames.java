package org.institute.licensing.application;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;

/** Partner names for views, read in one call per view whatever the number of rows. */
final class PartnerNames {
  private final Map<PartnerId, PartnerSummary> byId;

  private PartnerNames(Map<PartnerId, PartnerSummary> byId) {
    this.byId = byId;
  }

  static PartnerNames of(PartnerDirectory directory) {
    return new PartnerNames(
        directory.all().stream()
            .collect(Collectors.toMap(PartnerSummary::id, Function.identity())));
  }

  String name(long id) {
    PartnerSummary p = byId.get(new PartnerId(id));
    return p == null ? "#" + id : p.nameEn();
  }

  /** The partners whose code or name (either script) contains the search text, any case. */
  java.util.Set<Long> matching(org.institute.core.SearchText search) {
    String text = search.text().toLowerCase(java.util.Locale.ROOT);
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
    return value != null && value.toLowerCase(java.util.Locale.ROOT).contains(lowerText);
  }

  /** The partner's Chinese name, or null when it has none (or is unknown). */
  String nameZh(long id) {
    PartnerSummary p = byId.get(new PartnerId(id));
    return p == null ? null : p.nameZh();
  }

  String code(long id) {
    PartnerSummary p = byId.get(new PartnerId(id));
    return p == null ? "#" + id : p.code();
  }
}
