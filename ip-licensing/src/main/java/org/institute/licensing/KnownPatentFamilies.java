package org.institute.licensing;

import java.util.Collection;
import java.util.Map;
import org.institute.core.KnownPartners;

/**
 * Answers which patent families exist, for core records (a spin-off's licensed patents) that must
 * not depend on the IP licensing module. The licensing module implements it, as the partners module
 * implements {@link KnownPartners}.
 */
public interface KnownPatentFamilies {

  /** The families among {@code ids} that exist, by id; unknown ids are absent from the map. */
  Map<Long, PatentFamilyRef> find(Collection<Long> ids);
}
