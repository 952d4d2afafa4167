package org.institute.records.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.institute.core.PartnerId;
import org.institute.licensing.PatentFamilyRef;
import org.institute.records.NewSpinOff;
import org.institute.records.SpinOffChanges;
import org.institute.records.SpinOffStatus;
import org.institute.records.SpinOffView;
import org.junit.jupiter.api.Test;

class SpinOffTest {

  private static final Instant NOW = Instant.parse("2026-11-28T00:00:00Z");
  private static final LocalDate FOUNDED = LocalDate.of(2022, 4, 1);

  private static SpinOff spinOff() {
    return Stored.withVersion(
        Stored.withId(
            new SpinOff(
                new NewSpinOff(
                    " GridSense ",
                    " 网感 ",
                    List.of(" Dr Lim ", "Dr Chen"),
                    new PartnerId(3),
                    Set.of(11L, 12L),
                    FOUNDED,
                    SpinOffStatus.INCUBATING),
                NOW)),
        4);
  }

  private static SpinOffChanges nothing() {
    return new SpinOffChanges(4L, null, null, null, null, null, null, null);
  }

  @Test
  void aSpinOffKeepsItsNamesAndFoundersTrimmed() {
    SpinOff s = spinOff();

    SpinOffView view = s.view(Map.of());

    assertThat(view.id()).isEqualTo(s.id());
    assertThat(view.nameEn()).isEqualTo("GridSense");
    assertThat(s.nameEn()).isEqualTo("GridSense");
    assertThat(view.nameZh()).isEqualTo("网感");
    assertThat(view.founders()).containsExactly("Dr Lim", "Dr Chen");
    assertThat(view.originPartner()).isEqualTo(new PartnerId(3));
    assertThat(s.originPartner()).isEqualTo(new PartnerId(3));
    assertThat(s.patentFamilies()).containsExactlyInAnyOrder(11L, 12L);
    assertThat(view.foundedOn()).isEqualTo(FOUNDED);
    assertThat(view.status()).isEqualTo(SpinOffStatus.INCUBATING);
    assertThat(view.version()).isEqualTo(4);
    assertThat(s.version()).isEqualTo(4);
  }

  @Test
  void aBlankChineseNameIsNoName() {
    SpinOff s =
        new SpinOff(
            new NewSpinOff(
                "GridSense", "  ", null, new PartnerId(3), null, FOUNDED, SpinOffStatus.OPERATING),
            NOW);

    assertThat(Stored.withId(s).view(Map.of()).nameZh()).isNull();
  }

  @Test
  void changesWithoutFieldsChangeNothing() {
    SpinOff s = spinOff();

    s.change(nothing());

    SpinOffView view = s.view(Map.of());
    assertThat(view.nameEn()).isEqualTo("GridSense");
    assertThat(view.nameZh()).isEqualTo("网感");
    assertThat(view.founders()).containsExactly("Dr Lim", "Dr Chen");
    assertThat(view.originPartner()).isEqualTo(new PartnerId(3));
    assertThat(s.patentFamilies()).containsExactlyInAnyOrder(11L, 12L);
    assertThat(view.foundedOn()).isEqualTo(FOUNDED);
    assertThat(view.status()).isEqualTo(SpinOffStatus.INCUBATING);
  }

  @Test
  void changesReplaceEveryGivenField() {
    SpinOff s = spinOff();

    s.change(
        new SpinOffChanges(
            4L,
            " GridSense Pte Ltd ",
            " ",
            List.of(" Dr Tan "),
            new PartnerId(5),
            Set.of(13L),
            FOUNDED.plusDays(1),
            SpinOffStatus.ACQUIRED));

    SpinOffView view = s.view(Map.of());
    assertThat(view.nameEn()).isEqualTo("GridSense Pte Ltd");
    assertThat(view.nameZh()).isNull();
    assertThat(view.founders()).containsExactly("Dr Tan");
    assertThat(view.originPartner()).isEqualTo(new PartnerId(5));
    assertThat(s.patentFamilies()).containsExactly(13L);
    assertThat(view.foundedOn()).isEqualTo(FOUNDED.plusDays(1));
    assertThat(view.status()).isEqualTo(SpinOffStatus.ACQUIRED);
  }

  @Test
  void aNewChineseNameIsTrimmed() {
    SpinOff s = spinOff();

    s.change(new SpinOffChanges(4L, null, " 网感科技 ", null, null, null, null, null));

    assertThat(s.view(Map.of()).nameZh()).isEqualTo("网感科技");
  }

  @Test
  void patentsAreListedByReferenceAndUnknownOnesByIdFirst() {
    SpinOff s =
        Stored.withId(
            new SpinOff(
                new NewSpinOff(
                    "GridSense",
                    null,
                    List.of(),
                    new PartnerId(3),
                    Set.of(11L, 12L, 30L, 20L),
                    FOUNDED,
                    SpinOffStatus.OPERATING),
                NOW));
    PatentFamilyRef b = new PatentFamilyRef(11, "PF-B", "Battery");
    PatentFamilyRef a = new PatentFamilyRef(12, "PF-A", "Antenna");

    SpinOffView view = s.view(Map.of(11L, b, 12L, a));

    assertThat(view.patents())
        .containsExactly(
            new PatentFamilyRef(20, null, null), new PatentFamilyRef(30, null, null), a, b);
  }
}
