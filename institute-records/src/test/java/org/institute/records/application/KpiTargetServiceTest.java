package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.institute.records.KpiTargetView;
import org.institute.records.NewKpiTarget;
import org.institute.records.domain.KpiTarget;
import org.institute.records.domain.KpiTargetRepository;
import org.junit.jupiter.api.Test;

class KpiTargetServiceTest {

  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 12, 31);

  private final Targets targets = new Targets();
  private final RecordingAudit audit = new RecordingAudit();

  /** Targets in the order they were set. */
  private static final class Targets implements KpiTargetRepository {
    final List<KpiTarget> all = new ArrayList<>();
    int flushes;

    @Override
    public void add(KpiTarget target) {
      all.add(target);
    }

    @Override
    public List<KpiTarget> all() {
      return List.copyOf(all);
    }

    @Override
    public Optional<KpiTarget> find(String code) {
      return all.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    @Override
    public void flush() {
      flushes++;
    }
  }

  private KpiTargetService service(TestCaller caller) {
    KpiTargetService service = new KpiTargetService();
    Wiring.inject(service, "targets", targets);
    Wiring.inject(service, "audit", audit);
    Wiring.inject(service, "caller", caller);
    Wiring.inject(
        service, "clock", Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC));
    return service;
  }

  private static NewKpiTarget target(String code, String metric, Long target) {
    return new NewKpiTarget(code, metric, "Patents filed", "专利申请", target, FROM, TO);
  }

  private static List<String> violations(Runnable command) {
    try {
      command.run();
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
    return List.of();
  }

  @Test
  void anAdminSetsATargetWhichIsStoredAndAudited() {
    KpiTargetView view = service(TestCaller.admin()).define(target("PAT-2025", "PATENTS", 25L));

    assertThat(view)
        .isEqualTo(new KpiTargetView("PAT-2025", "PATENTS", "Patents filed", "专利申请", 25, FROM, TO));
    assertThat(targets.all).hasSize(1);
    assertThat(targets.flushes).isEqualTo(1);
    assertThat(audit.entries)
        .containsExactly(
            "KPI_TARGET_SET KpiTarget#PAT-2025: PATENTS >= 25 from 2025-01-01 to 2025-12-31");
  }

  @Test
  void onlyAdminsSetTargetsAndOnlyAdminsCouncilAndAuditorsReadThem() {
    assertThatThrownBy(() -> service(TestCaller.council()).define(target("A1", "PATENTS", 1L)))
        .isInstanceOf(AccessRefusedException.class);
    service(TestCaller.admin()).define(target("A1", "PATENTS", 1L));

    assertThat(service(TestCaller.council()).all())
        .extracting(KpiTargetView::code)
        .containsExactly("A1");
    assertThat(service(TestCaller.auditor()).find("A1")).isPresent();
    assertThat(service(TestCaller.admin()).find("B2")).isEmpty();
    assertThatThrownBy(() -> service(TestCaller.staffOf(3)).all())
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> service(TestCaller.coordinator()).find("A1"))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(targets.all).hasSize(1);
  }

  @Test
  void aCodeIsUniqueAndWellFormed() {
    KpiTargetService admin = service(TestCaller.admin());
    admin.define(target("AB", "PATENTS", 1L));

    assertThat(violations(() -> admin.define(target("AB", "PATENTS", 1L))))
        .containsExactly("code:kpi.code.taken");
    for (String bad : new String[] {null, "A", "ab", "A".repeat(41), "A B"}) {
      assertThat(violations(() -> admin.define(target(bad, "PATENTS", 1L))))
          .as(String.valueOf(bad))
          .containsExactly("code:kpi.code.invalid");
    }
    assertThat(violations(() -> admin.define(target("A".repeat(40), "M".repeat(40), 1L))))
        .isEmpty();
  }

  @Test
  void aMetricIsTwoToFortyCapitalsDigitsOrUnderscores() {
    KpiTargetService admin = service(TestCaller.admin());
    for (String bad : new String[] {null, "P", "patents", "PAT-ENTS", "M".repeat(41)}) {
      assertThat(violations(() -> admin.define(target("C1", bad, 1L))))
          .as(String.valueOf(bad))
          .containsExactly("metric:kpi.metric.invalid");
    }
  }

  @Test
  void aTargetIsPositive() {
    KpiTargetService admin = service(TestCaller.admin());
    assertThat(violations(() -> admin.define(target("C1", "PATENTS", 0L))))
        .containsExactly("target:kpi.target.positive");
    assertThat(violations(() -> admin.define(target("C1", "PATENTS", null))))
        .containsExactly("target:kpi.target.positive");
    assertThat(violations(() -> admin.define(target("C1", "PATENTS", 1L)))).isEmpty();
  }

  @Test
  void labelsHaveAtMost200CharactersAndTheEnglishOneIsRequired() {
    KpiTargetService admin = service(TestCaller.admin());
    assertThat(
            violations(
                () ->
                    admin.define(
                        new NewKpiTarget(
                            "C1", "PATENTS", "l".repeat(200), "标".repeat(200), 1L, FROM, TO))))
        .isEmpty();
    assertThat(
            violations(
                () ->
                    admin.define(
                        new NewKpiTarget(
                            "C2", "PATENTS", "l".repeat(201), "标".repeat(201), 1L, FROM, TO))))
        .containsExactly("labelEn:field.tooLong", "labelZh:field.tooLong");
    assertThat(
            violations(
                () -> admin.define(new NewKpiTarget("C3", "PATENTS", " ", null, 1L, FROM, TO))))
        .containsExactly("labelEn:field.required");
  }

  @Test
  void aPeriodHasBothEndsInOrder() {
    KpiTargetService admin = service(TestCaller.admin());
    assertThat(
            violations(
                () -> admin.define(new NewKpiTarget("C1", "PATENTS", "L", null, 1L, null, null))))
        .containsExactly("periodFrom:field.required", "periodTo:field.required");
    assertThat(
            violations(
                () ->
                    admin.define(
                        new NewKpiTarget("C1", "PATENTS", "L", null, 1L, TO, TO.minusDays(1)))))
        .containsExactly("periodTo:kpi.period.endsBeforeStart");
    assertThat(
            violations(
                () -> admin.define(new NewKpiTarget("C1", "PATENTS", "L", null, 1L, null, TO))))
        .containsExactly("periodFrom:field.required");
    assertThat(
            violations(
                () -> admin.define(new NewKpiTarget("C2", "PATENTS", "L", null, 1L, TO, TO))))
        .isEmpty();
  }
}
