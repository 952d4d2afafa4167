package org.institute.licensing;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Records history that happened before the system: families with their applications, and deals
 * taken through the workflow step by step by the named people at the given times. The same domain
 * rules apply as for live use (four eyes, consents, the two-admin threshold at the submission
 * date). Only for start-up tasks without a signed-in user, such as loading the demo data; refused
 * otherwise.
 */
public interface LicensingImport {

  long family(NewPatentFamily family, List<NewApplication> applications, Instant at);

  /** Drafts the deal as the first step's actor, then takes every further step. Returns its id. */
  long deal(DealTerms terms, List<Step> steps);

  void payment(long dealId, NewPayment payment, String recordedBy, Instant at);

  /**
   * A royalty report filed by {@code filedBy} at {@code at} (its period must have ended by then),
   * under the same rules as live; a correction when it names the version it amends. Returns the
   * report's id.
   */
  long royaltyReport(long dealId, NewRoyaltyReport report, String filedBy, Instant at);

  /** An admin's question about the report's version in force. */
  void reportQuery(long reportId, String question, String by, Instant at);

  /** The licensee's answer to the report's open question. */
  void reportAnswer(long reportId, String answer, String by, Instant at);

  /**
   * Acceptance of the report's version in force, issuing its invoice dated {@code at} as live
   * acceptance would; the invoice's id, or null when nothing was invoiced.
   */
  Long reportAcceptance(long reportId, String by, Instant at);

  /** A payment against an invoice, in its currency, recorded and split as every payment. */
  void invoicePayment(long invoiceId, NewPayment payment, String recordedBy, Instant at);

  /** A patent cost recorded by {@code recordedBy} at {@code at}, under the same rules as live. */
  void cost(long familyId, NewPatentCost cost, String recordedBy, Instant at);

  /** Names a family's inventors and cost recovery by the rules of {@link Patents#changeSharing}. */
  void sharing(long familyId, FamilySharing sharing);

  /** Saves a distribution policy version by the rules of {@link Distributions#savePolicy}. */
  void distributionPolicy(NewDistributionPolicy policy, String recordedBy, Instant at);

  /**
   * Defines a named approver role (decision 0108) by the rules of {@link ApproverRoles#create} and
   * gives it to the holders, who must be admins' usernames.
   */
  void approverRole(NewApproverRole role, List<String> holders, String recordedBy, Instant at);

  /**
   * One step of a deal's history. {@code signingDate} and {@code signedPdf} only for EXECUTE;
   * CREATE must be the first step and only the first.
   */
  record Step(
      DealAction action,
      String username,
      Instant at,
      String comment,
      LocalDate signingDate,
      byte[] signedPdf)
      implements Serializable {
    public static Step of(DealAction action, String username, Instant at, String comment) {
      return new Step(action, username, at, comment, null, null);
    }
  }
}
