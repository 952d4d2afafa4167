package org.institute.partners.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.core.testing.Wiring;
import org.institute.partners.ContactPoint;
import org.institute.partners.NewPartner;
import org.institute.partners.PartnerKind;
import org.institute.partners.domain.Partner;
import org.junit.jupiter.api.Test;

class PartnerRulesTest {

  private final InMemoryPartners partners = new InMemoryPartners();
  private final PartnerRules rules = Wiring.inject(new PartnerRules(), "partners", partners);

  private static NewPartner partner(String code, LocalDate knownSince, ContactPoint... contacts) {
    return new NewPartner(
        code,
        "South China University of Technology",
        "华南理工大学",
        PartnerKind.UNIVERSITY,
        "CN",
        "Guangzhou",
        Set.of(),
        List.of(contacts),
        knownSince);
  }

  private static List<Violation> refusals(Runnable check) {
    try {
      check.run();
    } catch (InvalidCommandException e) {
      return e.violations();
    }
    return List.of();
  }

  private List<Violation> registrationRefusals(NewPartner p) {
    return refusals(() -> rules.checkRegistration(p));
  }

  @Test
  void aWellFormedRegistrationPasses() {
    assertThat(registrationRefusals(partner("SCUT", LocalDate.of(1952, 1, 1)))).isEmpty();
    assertThat(registrationRefusals(partner("A1-B2-C3-D4-E5-F", null))).isEmpty();
  }

  @Test
  void aCodeIsTwoToSixteenCapitalLettersDigitsOrHyphens() {
    for (String bad : new String[] {null, "S", "scut", "SCUT CN", "ABCDEFGHIJKLMNOPQ"}) {
      assertThat(registrationRefusals(partner(bad, null)))
          .as(bad)
          .containsExactly(new Violation("code", "partner.code.invalid"));
    }
    assertThat(registrationRefusals(partner("AB", null))).isEmpty();
  }

  @Test
  void aCodeAlreadyTakenIsRefused() {
    partners.add(new Partner(partner("SCUT", null), LocalDate.of(2015, 1, 1), Instant.EPOCH));

    assertThat(registrationRefusals(partner("SCUT", null)))
        .containsExactly(new Violation("code", "partner.code.taken"));
    assertThat(registrationRefusals(partner("NTU", null))).isEmpty();
  }

  @Test
  void theDateSinceWhenThePartnerIsKnownLiesBetween1800And2200() {
    assertThat(registrationRefusals(partner("SCUT", LocalDate.of(1799, 12, 31))))
        .containsExactly(new Violation("knownSince", "date.outOfRange"));
    assertThat(registrationRefusals(partner("SCUT", LocalDate.of(2201, 1, 1))))
        .containsExactly(new Violation("knownSince", "date.outOfRange"));
    assertThat(registrationRefusals(partner("SCUT", LocalDate.of(1800, 1, 1)))).isEmpty();
    assertThat(registrationRefusals(partner("SCUT", LocalDate.of(2200, 12, 31)))).isEmpty();
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    NewPartner bad =
        new NewPartner(
            "x", " ", null, null, "XX", " ", Set.of(), List.of(), LocalDate.of(1700, 1, 1));

    assertThat(registrationRefusals(bad))
        .extracting(Violation::field)
        .containsExactly("code", "nameEn", "kind", "country", "city", "knownSince");
  }

  @Test
  void theEnglishNameIsRequiredAndBothNamesFitThreeHundredCharacters() {
    List<Violation> problems = new ArrayList<>();
    PartnerRules.checkNames(null, null, problems);
    PartnerRules.checkNames("a".repeat(301), "中".repeat(301), problems);
    PartnerRules.checkNames("a".repeat(300), "中".repeat(300), problems);
    PartnerRules.checkNames("SCUT", null, problems);

    assertThat(problems)
        .containsExactly(
            new Violation("nameEn", "partner.nameEn.required"),
            new Violation("nameEn", "field.tooLong"),
            new Violation("nameZh", "field.tooLong"));
  }

  @Test
  void aPartnerNeedsAKindAKnownCountryAndACityOfAtMostOneHundredCharacters() {
    List<Violation> problems = new ArrayList<>();
    PartnerRules.checkDescription(PartnerKind.OTHER, "SG", "c".repeat(100), problems);
    assertThat(problems).isEmpty();

    PartnerRules.checkDescription(null, null, null, problems);
    assertThat(problems)
        .containsExactly(
            new Violation("kind", "partner.kind.required"),
            new Violation("country", "partner.country.invalid"),
            new Violation("city", "partner.city.required"));

    problems.clear();
    PartnerRules.checkDescription(PartnerKind.OTHER, "SGP", "c".repeat(101), problems);
    assertThat(problems)
        .containsExactly(
            new Violation("country", "partner.country.invalid"),
            new Violation("city", "field.tooLong"));
  }

  @Test
  void aContactNeedsANameAndWellFormedDetails() {
    List<Violation> problems = new ArrayList<>();
    PartnerRules.checkContacts(
        Arrays.asList(
            new ContactPoint("Ok", "f".repeat(200), "a@b.cn", "+86 (20) 8711-0000"),
            new ContactPoint(" ", null, "not-an-address", null),
            new ContactPoint("Wu", "f".repeat(201), "wu@scut", "call me"),
            new ContactPoint("Xu", null, "x".repeat(250) + "@a.cn", "1".repeat(51)),
            new ContactPoint("n".repeat(201), null, null, null),
            new ContactPoint("Blank email", null, " ", "")),
        problems);

    assertThat(problems)
        .containsExactly(
            new Violation("contacts[1].name", "partner.contact.name.required"),
            new Violation("contacts[2].email", "account.email.invalid"),
            new Violation("contacts[2].function", "field.tooLong"),
            new Violation("contacts[2].phone", "partner.contact.phone.invalid"),
            new Violation("contacts[3].email", "account.email.invalid"),
            new Violation("contacts[3].phone", "partner.contact.phone.invalid"),
            new Violation("contacts[4].name", "partner.contact.name.required"));
  }

  @Test
  void aContactNameOfTwoHundredAndAnAddressOfTwoHundredFiftyFourCharactersAreTheLongest() {
    String longestEmail = "a@" + "b".repeat(249) + ".cn";
    List<Violation> problems = new ArrayList<>();
    PartnerRules.checkContacts(
        List.of(new ContactPoint("n".repeat(200), null, longestEmail, null)), problems);
    assertThat(problems).isEmpty();
  }

  @Test
  void anAbsentContactIsRefusedByItsPosition() {
    List<Violation> problems = new ArrayList<>();
    PartnerRules.checkContacts(
        Arrays.asList(new ContactPoint("Ok", null, null, null), null), problems);
    assertThat(problems)
        .containsExactly(new Violation("contacts[1].name", "partner.contact.name.required"));
  }

  @Test
  void twentyContactsAreTheMost() {
    ContactPoint c = new ContactPoint("Li", null, null, null);
    List<Violation> problems = new ArrayList<>();
    PartnerRules.checkContacts(Collections.nCopies(20, c), problems);
    assertThat(problems).isEmpty();

    PartnerRules.checkContacts(Collections.nCopies(21, c), problems);
    assertThat(problems).containsExactly(new Violation("contacts", "partner.contacts.tooMany"));
  }

  @Test
  void aRegistrationWithABadContactIsRefused() {
    assertThatThrownBy(
            () ->
                rules.checkRegistration(
                    partner("SCUT", null, new ContactPoint("", null, null, null))))
        .isInstanceOf(InvalidCommandException.class);
  }
}
