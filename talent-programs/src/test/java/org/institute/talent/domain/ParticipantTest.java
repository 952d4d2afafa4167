package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.institute.core.Violation;
import org.institute.talent.NewParticipant;
import org.junit.jupiter.api.Test;

class ParticipantTest {

  private static NewParticipant named(String latin, String zh, String organisation) {
    return new NewParticipant(latin, zh, "a@example.com", organisation, null, null);
  }

  private static NewParticipant mailed(String email) {
    return new NewParticipant("A", null, email, null, null, null);
  }

  @Test
  void namesAndOrganisationHaveTheirLengthLimitsAfterTrimming() {
    assertThat(
            Participant.check(
                named(" " + "l".repeat(200) + " ", " " + "中".repeat(100) + " ", "o".repeat(300))))
        .isEmpty();
    assertThat(Participant.check(named("l".repeat(201), "中".repeat(101), "o".repeat(301))))
        .containsExactly(
            new Violation("nameLatin", "field.tooLong"),
            new Violation("nameZh", "field.tooLong"),
            new Violation("organisation", "field.tooLong"));
  }

  @Test
  void anEmailAddressHasAtMost254Characters() {
    String domain = "@example.com";
    String longest = "a".repeat(254 - domain.length()) + domain;

    assertThat(Participant.check(mailed(longest))).isEmpty();
    assertThat(Participant.check(mailed("a" + longest)))
        .containsExactly(new Violation("email", "account.email.invalid"));
    assertThat(Participant.check(mailed(null)))
        .containsExactly(new Violation("email", "account.email.invalid"));
  }

  @Test
  void nationalityIsOptionalAndKeptAsAnUpperCaseIsoCode() {
    assertThat(Participant.check(new NewParticipant("A", null, "a@example.com", null, null, " ")))
        .isEmpty();

    Participant none =
        Fixtures.withId(
            Participant.register(
                new NewParticipant("A", null, "a@example.com", null, null, null), Fixtures.NOW));
    Participant blank =
        Fixtures.withId(
            Participant.register(
                new NewParticipant("A", null, "a@example.com", null, null, "  "), Fixtures.NOW));
    Participant sg =
        Fixtures.withId(
            Participant.register(
                new NewParticipant("A", null, "a@example.com", null, null, " sg "), Fixtures.NOW));

    assertThat(none.view().nationality()).isNull();
    assertThat(blank.view().nationality()).isNull();
    assertThat(sg.view().nationality()).isEqualTo("SG");
  }

  @Test
  void theViewShowsTheRegisteredParticipant() {
    Participant p =
        Fixtures.withId(
            Participant.register(
                new NewParticipant(
                    " Tan Wei ", " 陈伟 ", "Tan.Wei@NTU.edu.sg", " NTU ", " u1234567b ", "sg"),
                Fixtures.NOW));

    var view = p.view();

    assertThat(view.id()).isEqualTo(p.id());
    assertThat(view.nameLatin()).isEqualTo("Tan Wei");
    assertThat(view.nameZh()).isEqualTo("陈伟");
    assertThat(view.email()).isEqualTo("tan.wei@ntu.edu.sg");
    assertThat(view.organisation()).isEqualTo("NTU");
    assertThat(view.matriculationNumber()).isEqualTo("U1234567B");
    assertThat(p.nameLatin()).isEqualTo("Tan Wei");
    assertThat(p.nameZh()).isEqualTo("陈伟");
  }

  @Test
  void aBlankMatriculationNumberMeansNoStudent() {
    Participant p =
        Participant.register(
            new NewParticipant("A", null, "a@example.com", null, "  ", null), Fixtures.NOW);

    assertThat(p.isNtuStudent()).isFalse();
    assertThat(p.matriculationNumber()).isNull();
  }
}
