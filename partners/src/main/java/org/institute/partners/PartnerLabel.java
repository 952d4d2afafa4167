package org.institute.partners;

import java.io.Serializable;
import org.institute.core.PartnerId;

/**
 * What a list shows of a partner beside a record: its code and current bilingual name, read without
 * loading the partner (no roles, no history), for as many partners as a page names.
 */
public record PartnerLabel(PartnerId id, String code, String nameEn, String nameZh)
    implements Serializable {

  /** The label of a partner already read whole. */
  public static PartnerLabel of(PartnerSummary partner) {
    return new PartnerLabel(partner.id(), partner.code(), partner.nameEn(), partner.nameZh());
  }
}
