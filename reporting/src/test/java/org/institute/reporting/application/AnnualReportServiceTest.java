package org.institute.reporting.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.institute.reporting.application.Wired.inject;

import java.util.ArrayList;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Role;
import org.institute.reporting.AnnualReport;
import org.institute.reporting.AnnualReports;
import org.institute.reporting.ReportSection;
import org.institute.reporting.ReportingAction;
import org.junit.jupiter.api.Test;

class AnnualReportServiceTest {

  /** A section that remembers the years it was built for. */
  private static final class Section implements AnnualReportSection {
    private final int order;
    private final List<Integer> builtFor = new ArrayList<>();

    Section(int order) {
      this.order = order;
    }

    @Override
    public int order() {
      return order;
    }

    @Override
    public ReportSection build(int year) {
      builtFor.add(year);
      return new ReportSection("s" + order, "Section " + order, "部分" + order, List.of());
    }
  }

  private static AnnualReportService service(Role role, AnnualReportSection... sections) {
    AnnualReportService service = new AnnualReportService();
    inject(service, "sections", Wired.Beans.of(sections));
    inject(service, "policy", Wired.policyOf(role));
    inject(service, "clock", Wired.CLOCK);
    return service;
  }

  @Test
  void sectionsStandInTheirOrderAndProgressClimbsToNinetyPercent() {
    Section space = new Section(50);
    Section kpis = new Section(10);
    Section licensing = new Section(30);
    List<Integer> progress = new ArrayList<>();

    AnnualReport report =
        service(Role.COUNCIL, space, kpis, licensing).generate(2022, progress::add);

    assertThat(report.year()).isEqualTo(2022);
    assertThat(report.generatedAt()).isEqualTo(Wired.NOW);
    assertThat(report.sections())
        .extracting(ReportSection::key)
        .containsExactly("s10", "s30", "s50");
    assertThat(progress).containsExactly(0, 30, 60, 90);
    assertThat(kpis.builtFor).containsExactly(2022);
    assertThat(space.builtFor).containsExactly(2022);
  }

  @Test
  void theFirstAndLastYearsAreReportedAndNoneOutsideThem() {
    Section only = new Section(10);
    AnnualReportService service = service(Role.AUDITOR, only);
    assertThat(service.generate(AnnualReports.FIRST_YEAR, p -> {}).year())
        .isEqualTo(AnnualReports.FIRST_YEAR);
    assertThat(service.generate(AnnualReports.LAST_YEAR, p -> {}).year())
        .isEqualTo(AnnualReports.LAST_YEAR);
    for (int year : new int[] {AnnualReports.FIRST_YEAR - 1, AnnualReports.LAST_YEAR + 1}) {
      assertThatThrownBy(() -> service.generate(year, p -> {}))
          .isInstanceOfSatisfying(
              InvalidCommandException.class,
              e -> {
                assertThat(e.violations().get(0).field()).isEqualTo("year");
                assertThat(e.violations().get(0).messageKey()).isEqualTo("field.outOfRange");
              });
    }
    assertThat(only.builtFor).containsExactly(AnnualReports.FIRST_YEAR, AnnualReports.LAST_YEAR);
  }

  @Test
  void aCoordinatorIsRefusedBeforeAnySectionIsBuilt() {
    Section kpis = new Section(10);
    List<Integer> progress = new ArrayList<>();
    assertThatThrownBy(() -> service(Role.COORDINATOR, kpis).generate(2022, progress::add))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(kpis.builtFor).isEmpty();
    assertThat(progress).isEmpty();
  }

  @Test
  void theAllowedActionsAreThePolicys() {
    assertThat(service(Role.ADMIN).allowedActions())
        .containsExactlyInAnyOrder(ReportingAction.values());
    assertThat(service(Role.AUDITOR).allowedActions())
        .doesNotContain(ReportingAction.SET_KPI_TARGET);
    assertThat(service(Role.PARTNER_STAFF).allowedActions()).isEmpty();
  }
}
