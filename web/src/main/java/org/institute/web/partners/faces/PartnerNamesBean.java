package org.institute.web.partners.faces;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.web.core.faces.LanguageBean;

/**
 * A partner's name in the reader's script wherever a page names a partner by id: other modules'
 * views carry the English name they stored; the partners module knows the Chinese one. One lookup
 * per partner and request.
 */
@Named("partnerNames")
@RequestScoped
public class PartnerNamesBean {
  @Inject private PartnerDirectory partners;
  @Inject private LanguageBean language;

  private final Map<Long, String> names = new HashMap<>();

  /** The partner's name in the reader's language, or the name the view carried if none is found. */
  public String of(long partnerId, String carried) {
    return names.computeIfAbsent(
        partnerId,
        id -> partners.find(new PartnerId(id)).map(p -> p.name(language.getTag())).orElse(carried));
  }
}
