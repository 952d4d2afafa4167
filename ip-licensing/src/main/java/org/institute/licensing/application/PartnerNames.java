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
