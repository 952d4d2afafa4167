package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.ConflictException;
import org.institute.core.ExchangeRates;
import org.institute.core.Money;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.records.CommitmentView;
import org.institute.records.Funding;
import org.institute.records.FundingOverview;
import org.institute.records.FundingQuery;
import org.institute.records.FundsMovementKind;
import org.institute.records.FundsMovementView;
import org.institute.records.NewCommitment;
import org.institute.records.NewFundsMovement;
import org.institute.records.domain.FundingCommitment;
import org.institute.records.domain.FundingLedger;
import org.institute.records.domain.FundingRepository;
import org.institute.records.domain.FundsMovement;
import org.institute.records.domain.ResearchRepository;

/**
 * Funding commitments and their movements. Totals are computed over every commitment in scope with
 * one query for the commitments (movements fetched with them) and one for the rates: a phase has
 * tens of commitments, not thousands (decision 0047).
 */
@ApplicationScoped
@Transactional
class FundingService implements Funding {

  static final String NO_CENTRE = "none";

  @Inject private FundingRepository funding;
  @Inject private ResearchRepository research;
  @Inject private ExchangeRates rates;
  @Inject private FundingRules rules;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private RecordsPolicy policy;
  @Inject private Clock clock;

  @Override
  public FundingOverview overview(FundingQuery query, int firstResult, int maxResults) {
    Scope scope = readerScope();
    List<FundingCommitment> all = funding.commitments(query, scope);
    FundingLedger ledger = ledger();
    Map<Long, String> codes = centreCodes(all);
    List<CommitmentView> page =
        all.stream()
            .skip(firstResult)
            .limit(maxResults)
            .map(c -> view(c, ledger, codes, false))
            .toList();
    return new FundingOverview(
        page,
        all.size(),
        ledger.total(all),
        ledger.grouped(
            all,
            c -> Long.toString(c.funder().value()),
            p -> Long.toString(p.commitment().funder().value()),
            Comparator.comparingLong(Long::parseLong)),
        ledger.grouped(
            all,
            c -> centreKey(c, codes),
            p -> centreKey(p.commitment(), codes),
            Comparator.comparing((String k) -> k.equals(NO_CENTRE)).thenComparing(k -> k)),
        ledger.grouped(
            all,
            c -> Integer.toString(c.periodFrom().getYear()),
            p -> Integer.toString(p.movement().date().getYear()),
            Comparator.naturalOrder()));
  }

  @Override
  public Optional<CommitmentView> commitment(long id) {
    Scope scope = readerScope();
    return funding
        .commitment(id)
        .filter(c -> scope.includes(c.funder()))
        .map(c -> view(c, ledger(), centreCodes(List.of(c)), true));
  }

  @Override
  public CommitmentView recordCommitment(NewCommitment command) {
    policy.requireManager("recording a funding commitment");
    Money amount = rules.checkCommitment(command);
    FundingCommitment commitment =
        new FundingCommitment(
            command.funder(),
            command.centreId(),
            command.labelEn(),
            command.labelZh(),
            command.periodFrom(),
            command.periodTo(),
            command.committedOn(),
            amount,
            clock.instant());
    funding.add(commitment);
    funding.flush();
    audit.record(
        "FUNDING_COMMITTED",
        "FundingCommitment",
        commitment.id().toString(),
        "funder "
            + command.funder()
            + ", "
            + amount
            + " for "
            + command.periodFrom()
            + " to "
            + command.periodTo()
            + (command.centreId() == null ? "" : ", centre " + command.centreId())
            + ", committed "
            + command.committedOn()
            + ": "
            + commitment.labelEn());
    return view(commitment, ledger(), centreCodes(List.of(commitment)), true);
  }

  @Override
  public CommitmentView recordMovement(long commitmentId, NewFundsMovement command) {
    policy.requireManager("recording a disbursement or expenditure");
    FundingCommitment commitment =
        funding
            .commitment(commitmentId)
            .orElseThrow(() -> new RecordNotFoundException("commitment"));
    Money money = rules.checkMovement(command);
    ConflictException.requireVersion(command.expectedVersion(), commitment.version());
    FundsMovement movement =
        commitment.record(
            command.kind(),
            command.date(),
            money,
            command.purpose().trim(),
            caller.name(),
            clock.instant());
    funding.flush();
    audit.record(
        command.kind() == FundsMovementKind.DISBURSEMENT ? "FUNDS_DISBURSED" : "FUNDS_SPENT",
        "FundingCommitment",
        commitment.id().toString(),
        money
            + " on "
            + command.date()
            + " (movement "
            + movement.id()
            + "): "
            + movement.purpose());
    return view(commitment, ledger(), centreCodes(List.of(commitment)), true);
  }

  private FundingLedger ledger() {
    return new FundingLedger(rates.converterBetween(FundingLedger.SGD, FundingLedger.CNY));
  }

  private Map<Long, String> centreCodes(List<FundingCommitment> commitments) {
    return research.centreCodes(
        commitments.stream()
            .map(FundingCommitment::centreId)
            .filter(java.util.Objects::nonNull)
            .collect(Collectors.toSet()));
  }

  private static String centreKey(FundingCommitment c, Map<Long, String> codes) {
    return c.centreId() == null ? NO_CENTRE : codes.getOrDefault(c.centreId(), NO_CENTRE);
  }

  private static CommitmentView view(
      FundingCommitment c, FundingLedger ledger, Map<Long, String> codes, boolean withMovements) {
    List<FundsMovementView> movements =
        withMovements
            ? c.movements().stream()
                .map(
                    m ->
                        new FundsMovementView(
                            m.id(),
                            m.kind(),
                            m.date(),
                            m.purpose(),
                            ledger.columns(m.money(), m.date()),
                            m.recordedBy()))
                .toList()
            : List.of();
    return new CommitmentView(
        c.id(),
        c.funder(),
        c.centreId(),
        c.centreId() == null ? null : codes.get(c.centreId()),
        c.labelEn(),
        c.labelZh(),
        c.periodFrom(),
        c.periodTo(),
        c.committedOn(),
        ledger.committed(c),
        ledger.disbursed(c),
        ledger.spent(c),
        c.version(),
        movements);
  }

  /**
   * Null when the caller reads every commitment (admins, council, auditors); the caller's partner
   * for partner staff, who read what their partner committed (decision 0046); a refusal otherwise.
   */
  private Scope readerScope() {
    return policy.readScope("reading funding");
  }
}
