package org.institute.licensing;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.institute.core.BilingualText;

/**
 * A disclosure with its review: who decided, why, and the patent family an acceptance created; and
 * what its reader may do to it ({@code allowedActions}).
 */
public record DisclosureView(
    long id,
    long version,
    DisclosureState state,
    String title,
    String titleZh,
    TechnologyField technologyField,
    String abstractText,
    String researchProject,
    LocalDate firstPublicDisclosure,
    List<Inventor> inventors,
    String submittedBy,
    Instant submittedAt,
    String reviewedBy,
    String reviewComment,
    Long familyId,
    Set<DisclosureAction> allowedActions)
    implements Serializable {

  /** The title in the reader's language: Chinese when asked for and given, English otherwise. */
  public String title(boolean chinese) {
    return BilingualText.in(title, titleZh, chinese ? Locale.CHINESE : Locale.ENGLISH);
  }

  public DisclosureView {
    allowedActions =
        Collections.unmodifiableSet(
            allowedActions.isEmpty()
                ? EnumSet.noneOf(DisclosureAction.class)
                : EnumSet.copyOf(allowedActions));
  }
}
