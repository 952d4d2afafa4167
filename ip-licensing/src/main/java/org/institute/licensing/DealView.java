package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A licence deal with everything its detail page shows, except payments, and the steps its reader
 * may take ({@code allowedActions}).
 */
public record DealView(
    long id,
    long version,
    DealState state,
    DealTerms terms,
    String licenseeName,
    List<PartyView> licensors,
    BigDecimal totalValue,
    String createdBy,
    Instant createdAt,
    String submittedBy,
    LocalDate submissionDate,
    int requiredApprovals,
    List<String> approvedBy,
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

  /** A partner on the licensor side, with its name. */
  public record PartyView(long partnerId, String code, String name) implements Serializable {}
}
