package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.institute.core.BilingualText;

/**
 * A licence deal with everything its detail page shows, except payments, and the steps its reader
 * may take ({@code allowedActions}). {@code approvalNeeds} is what the approval policy decided at
 * the submission ({@code null} for a draft never submitted); {@code councilResolution} the
 * council's resolution recorded for this round, where the deal needs one.
 */
public record DealView(
    long id,
    long version,
    DealState state,
    DealTerms terms,
    String licenseeName,
    String licenseeNameZh,
    List<PartyView> licensors,
    BigDecimal totalValue,
    String createdBy,
    Instant createdAt,
    String submittedBy,
    LocalDate submissionDate,
    int requiredApprovals,
    List<String> approvedBy,
    ApprovalNeeds approvalNeeds,
    String councilResolution,
    List<ConsentView> consents,
    LocalDate signingDate,
    Long signedDocumentId,
    List<DealEventView> timeline,
    Set<DealAction> allowedActions)
    implements Serializable {

  /** {@code allowedActions}: the steps the reader may take on the deal now. */
  public DealView {
    allowedActions =
        Collections.unmodifiableSet(
            allowedActions.isEmpty()
                ? EnumSet.noneOf(DealAction.class)
                : EnumSet.copyOf(allowedActions));
  }

  /** The licensee's name in the reader's script: the Chinese one when known. */
  public String licenseeName(String languageTag) {
    return BilingualText.in(licenseeName, licenseeNameZh, languageTag);
  }

  /** A partner on the licensor side, with its names (the Chinese one may be missing). */
  public record PartyView(long partnerId, String code, String name, String nameZh)
      implements Serializable {

    /** The name in the reader's script: the Chinese one when known. */
    public String name(String languageTag) {
      return BilingualText.in(name, nameZh, languageTag);
    }
  }
}
