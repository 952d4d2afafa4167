package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A licence deal with everything its detail page shows, except payments. */
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
    List<DealEventView> timeline)
    implements Serializable {

  /** A partner on the licensor side, with its name. */
  public record PartyView(long partnerId, String code, String name) implements Serializable {}
}
