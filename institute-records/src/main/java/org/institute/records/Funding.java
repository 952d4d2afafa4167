package org.institute.records;

import java.util.Optional;

/**
 * Funding commitments of the institute's funders and the money moved against them: disbursements
 * (paid by the funder to the institute) and expenditures (spent from what was disbursed). Figures
 * are given in the commitment's currency and in both SGD and CNY, each amount converted at the rate
 * of its own date or the latest earlier one, which the figure names. Admins record; the council,
 * auditors and admins read everything; partner staff read the commitments of their own partner.
 */
public interface Funding {

  /** A page of the commitments in the caller's scope, newest period first, with all totals. */
  FundingOverview overview(FundingQuery query, int firstResult, int maxResults);

  /** A commitment with its movements; empty also when it lies outside the caller's scope. */
  Optional<CommitmentView> commitment(long id);

  CommitmentView recordCommitment(NewCommitment commitment);

  /** Records a disbursement or an expenditure; refuses a stale {@code expectedVersion} with 409. */
  CommitmentView recordMovement(long commitmentId, NewFundsMovement movement);
}
