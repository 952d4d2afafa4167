package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.ExchangeRates;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.core.domain.FxQuote;
import org.institute.core.domain.FxRateTable;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.institute.records.CommitmentView;
import org.institute.records.FundingOverview;
import org.institute.records.FundingQuery;
import org.institute.records.FundingRow;
import org.institute.records.FundsMovementKind;
import org.institute.records.NewCommitment;
import org.institute.records.NewFundsMovement;
import org.institute.records.domain.FundingCommitment;
import org.institute.records.domain.FundingLedger;
import org.institute.records.domain.FundingRepository;
import org.institute.records.domain.FundsMovement;
import org.institute.records.domain.ResearchRepository;
import org.junit.jupiter.api.Test;

/**
 * Funding kept in memory; partners 1 and 2 fund, centre 5 (code GRID) exists, and one rate stands:
 * SGD 1 = CNY 5 from 1 January 2021.
 */
class FundingServiceTest {

  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId SCUT = new PartnerId(2);
  private static final LocalDate DAY = LocalDate.of(2021, 1, 1);

  private final Store store = new Store();
  private final RecordingAudit audit = new RecordingAudit();

  private static final class Store implements FundingRepository {
    final List<FundingCommitment> all = new ArrayList<>();
    long movementIds = 100;

    @Override
    public List<FundingCommitment> commitments(FundingQuery query, Scope scope) {
      return all.stream().filter(c -> scope.includes(c.funder())).toList();
    }

    @Override
    public Optional<FundingCommitment> commitment(long id) {
      return all.stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public void add(FundingCommitment commitment) {
      try {
        Field id = FundingCommitment.class.getDeclaredField("id");
        id.setAccessible(true);
        id.set(commitment, (long) all.size() + 1);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      all.add(commitment);
    }

    /** Gives new movements their ids, as the store does on flush. */
    @Override
    public void flush() {
      try {
        Field id = FundsMovement.class.getDeclaredField("id");
        id.setAccessible(true);
        for (FundingCommitment c : all) {
          for (FundsMovement m : c.movements()) {
            if (m.id() == null) {
              id.set(m, ++movementIds);
            }
          }
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  private FundingService service(TestCaller caller) {
    ResearchRepository research =
        (ResearchRepository)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ResearchRepository.class},
                (proxy, method, args) ->
                    switch (method.getName()) {
                      case "centre" ->
                          ((Long) args[0]) == 5L ? Optional.of(new Object()) : Optional.empty();
                      case "centreCodes" -> {
                        Map<Long, String> codes = new HashMap<>();
                        if (((Collection<?>) args[0]).contains(5L)) {
                          codes.put(5L, "GRID");
                        }
                        yield codes;
                      }
                      default -> throw new UnsupportedOperationException(method.getName());
                    });
    ExchangeRates rates =
        (ExchangeRates)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ExchangeRates.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("converterBetween")) {
                    return new FxRateTable(
                        List.of(
                            new FxQuote(
                                DAY, FundingLedger.SGD, FundingLedger.CNY, new BigDecimal("5"))));
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    KnownPartners partners = p -> p.equals(NTU) || p.equals(SCUT);
    FundingRules rules = new FundingRules();
    Wiring.inject(rules, "knownPartners", partners);
    Wiring.inject(rules, "research", research);
    FundingService service = new FundingService();
    Wiring.inject(service, "funding", store);
    Wiring.inject(service, "research", research);
    Wiring.inject(service, "rates", rates);
    Wiring.inject(service, "rules", rules);
    Wiring.inject(service, "audit", audit);
    Wiring.inject(service, "caller", caller);
    Wiring.inject(service, "policy", Wiring.inject(new RecordsPolicy(), "caller", caller));
    Wiring.inject(
        service, "clock", Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
    return service;
  }

  private static NewCommitment commitment(PartnerId funder, Long centre, int year, String amount) {
    return new NewCommitment(
        funder,
        centre,
        "Phase " + year,
        null,
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        LocalDate.of(year, 1, 4),
        amount,
        "SGD");
  }

  private static NewFundsMovement disbursement(int year, String amount, long version) {
    return new NewFundsMovement(
        FundsMovementKind.DISBURSEMENT,
        LocalDate.of(year, 2, 1),
        amount,
        "SGD",
        " first tranche ",
        version);
  }

  @Test
  void aRecordedCommitmentIsConvertedAndAudited() {
    CommitmentView view =
        service(TestCaller.admin()).recordCommitment(commitment(NTU, 5L, 2021, "1000"));

    assertThat(view.id()).isEqualTo(1);
    assertThat(view.funder()).isEqualTo(NTU);
    assertThat(view.centreId()).isEqualTo(5L);
    assertThat(view.centreCode()).isEqualTo("GRID");
    assertThat(view.labelEn()).isEqualTo("Phase 2021");
    assertThat(view.periodFrom()).isEqualTo(LocalDate.of(2021, 1, 1));
    assertThat(view.periodTo()).isEqualTo(LocalDate.of(2021, 12, 31));
    assertThat(view.committedOn()).isEqualTo(LocalDate.of(2021, 1, 4));
    assertThat(view.committed().cny().amount()).isEqualByComparingTo("5000.00");
    assertThat(view.disbursed().own().amount()).isEqualByComparingTo("0.00");
    assertThat(audit.entries)
        .containsExactly(
            "FUNDING_COMMITTED FundingCommitment#1: funder 1, SGD 1,000.00 for 2021-01-01 to"
                + " 2021-12-31, centre 5, committed 2021-01-04: Phase 2021");
  }

  @Test
  void aCommitmentWithoutACentreSaysNothingOfOne() {
    CommitmentView view =
        service(TestCaller.admin()).recordCommitment(commitment(NTU, null, 2021, "1000"));

    assertThat(view.centreCode()).isNull();
    assertThat(audit.entries.get(0))
        .isEqualTo(
            "FUNDING_COMMITTED FundingCommitment#1: funder 1, SGD 1,000.00 for 2021-01-01 to"
                + " 2021-12-31, committed 2021-01-04: Phase 2021");
  }

  @Test
  void onlyAdminsRecordFunding() {
    FundingService council = service(TestCaller.council());
    assertThatThrownBy(() -> council.recordCommitment(commitment(NTU, null, 2021, "1")))
        .isInstanceOf(AccessRefusedException.class);
    service(TestCaller.admin()).recordCommitment(commitment(NTU, null, 2021, "1"));
    assertThatThrownBy(() -> council.recordMovement(1, disbursement(2021, "1", 0)))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(store.all.get(0).movements()).isEmpty();
  }

  @Test
  void aCommitmentWithBadFieldsIsNotRecorded() {
    assertThatThrownBy(
            () ->
                service(TestCaller.admin())
                    .recordCommitment(commitment(new PartnerId(9), 6L, 2021, "0")))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(store.all).isEmpty();
  }

  @Test
  void aMovementIsRecordedByTheCallerTrimmedAndAudited() {
    FundingService admin = service(TestCaller.admin());
    admin.recordCommitment(commitment(NTU, null, 2021, "1000"));

    CommitmentView view = admin.recordMovement(1, disbursement(2021, "400", 0));

    assertThat(view.disbursed().own().amount()).isEqualByComparingTo("400.00");
    assertThat(view.disbursed().cny().amount()).isEqualByComparingTo("2000.00");
    assertThat(view.movements()).hasSize(1);
    assertThat(view.movements().get(0).id()).isEqualTo(101);
    assertThat(view.movements().get(0).purpose()).isEqualTo("first tranche");
    assertThat(view.movements().get(0).recordedBy()).isEqualTo("admin");
    assertThat(view.movements().get(0).kind()).isEqualTo(FundsMovementKind.DISBURSEMENT);
    assertThat(view.movements().get(0).date()).isEqualTo(LocalDate.of(2021, 2, 1));
    assertThat(view.movements().get(0).amount().cny().amount()).isEqualByComparingTo("2000.00");
    assertThat(audit.entries.get(1))
        .isEqualTo(
            "FUNDS_DISBURSED FundingCommitment#1: SGD 400.00 on 2021-02-01 (movement 101): first tranche");
  }

  @Test
  void anExpenditureIsAuditedAsSpent() {
    FundingService admin = service(TestCaller.admin());
    admin.recordCommitment(commitment(NTU, null, 2021, "1000"));
    admin.recordMovement(1, disbursement(2021, "400", 0));

    CommitmentView view =
        admin.recordMovement(
            1,
            new NewFundsMovement(
                FundsMovementKind.EXPENDITURE,
                LocalDate.of(2021, 3, 1),
                "150",
                "SGD",
                "staff",
                0L));

    assertThat(view.spent().own().amount()).isEqualByComparingTo("150.00");
    assertThat(audit.entries.get(2)).startsWith("FUNDS_SPENT FundingCommitment#1: SGD 150.00");
  }

  @Test
  void aMovementNeedsTheCommitmentsCurrentVersionAndAKnownCommitment() {
    FundingService admin = service(TestCaller.admin());
    admin.recordCommitment(commitment(NTU, null, 2021, "1000"));

    assertThatThrownBy(() -> admin.recordMovement(1, disbursement(2021, "400", 3)))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> admin.recordMovement(2, disbursement(2021, "400", 0)))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> admin.recordMovement(1, disbursement(2021, "-1", 0)))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(store.all.get(0).movements()).isEmpty();
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void partnerStaffReadWhatTheirPartnerCommitted() {
    FundingService admin = service(TestCaller.admin());
    admin.recordCommitment(commitment(NTU, null, 2021, "1000"));
    admin.recordCommitment(commitment(SCUT, 5L, 2022, "500"));
    FundingService staff = service(TestCaller.staffOf(2));

    assertThat(staff.commitment(1)).isEmpty();
    assertThat(staff.commitment(2)).map(CommitmentView::centreCode).contains("GRID");
    assertThat(staff.overview(FundingQuery.all(), 0, 10).total()).isEqualTo(1);
    assertThatThrownBy(() -> service(TestCaller.anonymous()).commitment(1))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void theOverviewTotalsEveryCommitmentByFunderCentreAndYearAndPagesTheList() {
    FundingService admin = service(TestCaller.admin());
    admin.recordCommitment(commitment(SCUT, null, 2021, "500"));
    admin.recordCommitment(commitment(NTU, 5L, 2022, "1000"));
    admin.recordMovement(2, disbursement(2022, "100", 0));

    FundingOverview overview = service(TestCaller.council()).overview(FundingQuery.all(), 1, 1);

    assertThat(overview.total()).isEqualTo(2);
    assertThat(overview.commitments()).extracting(CommitmentView::id).containsExactly(2L);
    assertThat(overview.commitments().get(0).movements()).isEmpty();
    assertThat(overview.commitments().get(0).disbursed().own().amount())
        .isEqualByComparingTo("100.00");
    assertThat(overview.totals().committed().own().amount()).isEqualByComparingTo("1500.00");
    assertThat(overview.byFunder()).extracting(FundingRow::key).containsExactly("1", "2");
    assertThat(overview.byCentre()).extracting(FundingRow::key).containsExactly("GRID", "none");
    assertThat(overview.byCentre().get(0).disbursed().own().amount())
        .isEqualByComparingTo("100.00");
    assertThat(overview.byYear()).extracting(FundingRow::key).containsExactly("2021", "2022");
    assertThat(overview.byYear().get(1).committed().own().amount()).isEqualByComparingTo("1000.00");
  }
}
