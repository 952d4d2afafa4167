package org.institute.talent.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Proxy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.Role;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerSummary;
import org.institute.talent.CohortAction;
import org.institute.talent.CohortStatus;
import org.institute.talent.CohortView;
import org.institute.talent.Eligibility;
import org.institute.talent.NewCohort;
import org.institute.talent.NewProgramme;
import org.institute.talent.PartnerRef;
import org.institute.talent.ProgrammeAction;
import org.institute.talent.ProgrammeKind;
import org.institute.talent.ProgrammeView;
import org.institute.talent.domain.Cohort;
import org.institute.talent.domain.CohortRepository;
import org.institute.talent.domain.Programme;
import org.junit.jupiter.api.Test;

/** Views of programmes and cohorts, with three partners in the directory. */
class ViewsTest {

  private static final PartnerSummary NTU = partner(1, "NTU", "Nanyang", "南洋理工");
  private static final PartnerSummary SCUT = partner(3, "SCUT", "South China", null);
  private static final PartnerSummary CQU = partner(2, "CQU", "Chongqing", "重庆大学");

  private static PartnerSummary partner(long id, String code, String en, String zh) {
    return new PartnerSummary(
        new PartnerId(id), code, en, zh, PartnerKind.UNIVERSITY, "SG", "Singapore", Set.of(), true);
  }

  private static Views views(Role role) {
    PartnerDirectory directory =
        (PartnerDirectory)
            Proxy.newProxyInstance(
                ViewsTest.class.getClassLoader(),
                new Class<?>[] {PartnerDirectory.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("all")) {
                    return List.of(CQU, NTU, SCUT);
                  }
                  throw new UnsupportedOperationException(method.getName());
                });
    Views views = new Views();
    Wired.inject(views, "partners", directory);
    Wired.inject(views, "policy", Wired.policyOf(role));
    return views;
  }

  private static Programme programme(Set<PartnerId> owners) {
    Programme p =
        new Programme(
            new NewProgramme(
                "MM-TECH",
                ProgrammeKind.MINIMASTERS,
                "MiniMasters",
                "微硕士",
                "Ten weeks",
                "十周",
                owners,
                Eligibility.NTU_STUDENTS,
                75,
                false),
            Wired.NOW);
    setId(p, 4L);
    return p;
  }

  private static void setId(Object entity, long id) {
    try {
      Field f = entity.getClass().getDeclaredField("id");
      f.setAccessible(true);
      f.set(entity, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thePartnerIndexFindsEveryPartnerById() {
    Map<Long, PartnerSummary> index = views(Role.COORDINATOR).partnerIndex();

    assertThat(index).containsOnlyKeys(1L, 2L, 3L);
    assertThat(index.get(3L)).isEqualTo(SCUT);
  }

  @Test
  void aProgrammeNamesItsKnownOwnersByCodeWithItsRules() {
    ProgrammeView view =
        views(Role.COORDINATOR)
            .programme(programme(Set.of(new PartnerId(3), new PartnerId(1), new PartnerId(9))));

    assertThat(view.owners())
        .containsExactly(
            new PartnerRef(1, "NTU", "Nanyang", "南洋理工"),
            new PartnerRef(3, "SCUT", "South China", null));
    assertThat(view.id()).isEqualTo(4);
    assertThat(view.code()).isEqualTo("MM-TECH");
    assertThat(view.kind()).isEqualTo(ProgrammeKind.MINIMASTERS);
    assertThat(view.titleEn()).isEqualTo("MiniMasters");
    assertThat(view.titleZh()).isEqualTo("微硕士");
    assertThat(view.descriptionEn()).isEqualTo("Ten weeks");
    assertThat(view.descriptionZh()).isEqualTo("十周");
    assertThat(view.eligibility()).isEqualTo(Eligibility.NTU_STUDENTS);
    assertThat(view.minAttendancePercent()).isEqualTo(75);
    assertThat(view.assessmentRequired()).isFalse();
    assertThat(view.allows(ProgrammeAction.OPEN_COHORT)).isTrue();
  }

  @Test
  void readersSeeAProgrammeWithoutActions() {
    assertThat(views(Role.COUNCIL).programme(programme(Set.of(new PartnerId(1)))).allowedActions())
        .isEmpty();
  }

  @Test
  void aCohortShowsItsProgrammeFeeCountsAndActions() {
    Cohort cohort =
        new Cohort(
            new NewCohort(
                4,
                "2027 intake",
                null,
                LocalDate.of(2027, 3, 1),
                LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 2, 15),
                20,
                Money.of("2800", "SGD"),
                CohortStatus.OPEN),
            Wired.NOW);
    setId(cohort, 12L);

    CohortView view =
        views(Role.COORDINATOR)
            .cohort(new CohortRepository.Row(cohort, programme(Set.of(new PartnerId(1))), 3));

    assertThat(view.id()).isEqualTo(12);
    assertThat(view.programmeId()).isEqualTo(4);
    assertThat(view.programmeCode()).isEqualTo("MM-TECH");
    assertThat(view.programmeTitleEn()).isEqualTo("MiniMasters");
    assertThat(view.programmeTitleZh()).isEqualTo("微硕士");
    assertThat(view.programmeKind()).isEqualTo(ProgrammeKind.MINIMASTERS);
    assertThat(view.name()).isEqualTo("2027 intake");
    assertThat(view.startsOn()).isEqualTo(LocalDate.of(2027, 3, 1));
    assertThat(view.endsOn()).isEqualTo(LocalDate.of(2027, 6, 30));
    assertThat(view.applicationsOpen()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(view.applicationsClose()).isEqualTo(LocalDate.of(2027, 2, 15));
    assertThat(view.capacity()).isEqualTo(20);
    assertThat(view.fee()).isEqualTo(Money.of("2800", "SGD").toString());
    assertThat(view.feeAmount()).isEqualTo("2800.00");
    assertThat(view.feeCurrency()).isEqualTo("SGD");
    assertThat(view.status()).isEqualTo(CohortStatus.OPEN);
    assertThat(view.enrolled()).isZero();
    assertThat(view.waitlisted()).isEqualTo(3);
    assertThat(view.allows(CohortAction.ENROL)).isTrue();
  }
}
