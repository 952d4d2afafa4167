package org.institute.licensing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.institute.licensing.Inventor;
import org.institute.licensing.NewDisclosure;
import org.institute.licensing.TechnologyField;
import org.junit.jupiter.api.Test;

class DisclosureRulesTest {

  private static NewDisclosure disclosure(
      String title, String abstractText, String project, List<Inventor> inventors) {
    return new NewDisclosure(title, null, null, abstractText, project, null, inventors);
  }

  private static List<String> problems(NewDisclosure d) {
    return DisclosureRules.violations(d).stream()
        .map(v -> v.field() + ":" + v.messageKey())
        .toList();
  }

  private static Inventor inventor(String name, String contribution) {
    return new Inventor(name, 1, new BigDecimal(contribution), null);
  }

  private static final List<Inventor> ONE = List.of(inventor("Dr Tan", "100"));

  @Test
  void theChineseTitleIsOptionalAndAtMost300Characters() {
    NewDisclosure withZh =
        new NewDisclosure(
            "Self-healing concrete",
            "自愈混凝土",
            TechnologyField.NEW_ENERGY,
            "Bacteria seal micro-cracks.",
            null,
            null,
            ONE);
    assertThat(problems(withZh)).isEmpty();
    assertThat(problems(disclosure("Self-healing concrete", "Bacteria", null, ONE))).isEmpty();
    NewDisclosure atLimit = new NewDisclosure("t", "字".repeat(300), null, "a", null, null, ONE);
    assertThat(problems(atLimit)).isEmpty();
    NewDisclosure tooLong = new NewDisclosure("t", "字".repeat(301), null, "a", null, null, ONE);
    assertThat(problems(tooLong)).containsExactly("titleZh:field.tooLong");
  }

  @Test
  void anInventorsOrcidIsOptionalAndCheckedByItsChecksumBesideItsField() {
    List<Inventor> valid =
        List.of(
            new Inventor(
                "Dr Tan", 1, new BigDecimal("60"), "https://orcid.org/0000-0002-1825-0097"),
            new Inventor("Dr Li", 1, new BigDecimal("40"), " "));
    assertThat(problems(disclosure("Sensor", "An abstract", null, valid))).isEmpty();

    List<Inventor> wrongCheck =
        List.of(
            new Inventor("Dr Tan", 1, new BigDecimal("60"), "0000-0002-1825-0098"),
            new Inventor("Dr Li", 1, new BigDecimal("40"), "not an id"));
    assertThat(problems(disclosure("Sensor", "An abstract", null, wrongCheck)))
        .containsExactly("inventors[0].orcid:orcid.invalid", "inventors[1].orcid:orcid.invalid");
  }

  @Test
  void theDisclosureKeepsAnInventorsOrcidInItsNormalForm() {
    InventorEntry entry =
        new InventorEntry(
            new Inventor("Dr Tan", 1, BigDecimal.TEN, "https://orcid.org/0000-0002-1694-233x"));
    assertThat(entry.inventor().orcid()).isEqualTo("0000-0002-1694-233X");
    assertThat(entry.inventor().orcidLink()).isEqualTo("https://orcid.org/0000-0002-1694-233X");
    assertThat(
            new InventorEntry(new Inventor("Dr Li", 1, BigDecimal.TEN, null))
                .inventor()
                .orcidLink())
        .isNull();
  }

  @Test
  void contributionsOfTwoInventorsSummingTo90AreRefusedOnTheInventors() {
    List<Inventor> two = List.of(inventor("Dr Tan", "60"), inventor("Dr Li", "30"));
    assertThat(problems(disclosure("Sensor", "An abstract", null, two)))
        .containsExactly("inventors:licensing.disclosure.contributions.sum");
  }

  @Test
  void textsMayReachTheirLimitsAndNotPassThem() {
    assertThat(problems(disclosure("t".repeat(300), "a".repeat(4000), "p".repeat(200), ONE)))
        .isEmpty();
    assertThat(problems(disclosure("t".repeat(301), "a".repeat(4001), "p".repeat(201), ONE)))
        .containsExactly(
            "title:field.tooLong", "abstractText:field.tooLong", "researchProject:field.tooLong");
    assertThat(problems(disclosure(" ", null, null, ONE)))
        .containsExactly("title:field.required", "abstractText:field.required");
  }

  @Test
  void thirtyInventorsAreTheMostAndEachIsNamedWithinTwoHundredCharacters() {
    List<Inventor> thirty = new ArrayList<>(Collections.nCopies(29, inventor("A", "3")));
    thirty.add(inventor("B", "13"));
    assertThat(problems(disclosure("T", "A", null, thirty))).isEmpty();
    List<Inventor> thirtyOne = new ArrayList<>(thirty);
    thirtyOne.add(inventor("C", "1"));
    assertThat(problems(disclosure("T", "A", null, thirtyOne)))
        .containsExactly("inventors:licensing.disclosure.inventors.tooMany");
    assertThat(problems(disclosure("T", "A", null, List.of(inventor("n".repeat(200), "100")))))
        .isEmpty();
    assertThat(problems(disclosure("T", "A", null, List.of(inventor("n".repeat(201), "100")))))
        .containsExactly("inventors[0].name:field.tooLong");
  }

  @Test
  void contributionsAreAboveZeroAtMostAHundredOfFourDecimalsAndSumToAHundred() {
    assertThat(problems(disclosure("T", "A", null, List.of(inventor("A", "100.0000"))))).isEmpty();
    assertThat(
            problems(
                disclosure(
                    "T", "A", null, List.of(inventor("A", "0.0001"), inventor("B", "99.9999")))))
        .isEmpty();
    assertThat(
            problems(disclosure("T", "A", null, List.of(inventor("A", "0"), inventor("B", "100")))))
        .containsExactly("inventors[0].contribution:licensing.disclosure.contribution.invalid");
    assertThat(problems(disclosure("T", "A", null, List.of(inventor("A", "100.0001")))))
        .containsExactly("inventors[0].contribution:licensing.disclosure.contribution.invalid");
    assertThat(
            problems(
                disclosure(
                    "T", "A", null, List.of(inventor("A", "50.00005"), inventor("B", "49.99995")))))
        .containsExactly(
            "inventors[0].contribution:licensing.disclosure.contribution.invalid",
            "inventors[1].contribution:licensing.disclosure.contribution.invalid");
    assertThat(
            problems(
                disclosure("T", "A", null, List.of(inventor("A", "50"), inventor("B", "49.9999")))))
        .containsExactly("inventors:licensing.disclosure.contributions.sum");
  }
}
