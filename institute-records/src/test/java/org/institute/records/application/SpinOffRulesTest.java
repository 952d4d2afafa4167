package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.PartnerId;
import org.institute.core.testing.Wiring;
import org.institute.licensing.KnownPatentFamilies;
import org.institute.licensing.PatentFamilyRef;
import org.institute.records.SpinOffStatus;
import org.junit.jupiter.api.Test;

/**
 * The field rules of spin-offs, with partner 1 and patent families 1 to 100 known, on 28 Nov 2026.
 */
class SpinOffRulesTest {

  private static final PartnerId NTU = new PartnerId(1);
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
  private final SpinOffRules rules = wired();

  private static SpinOffRules wired() {
    KnownPartners partners = NTU::equals;
    KnownPatentFamilies families =
        ids -> {
          Map<Long, PatentFamilyRef> known = new HashMap<>();
          ids.stream()
              .filter(id -> id >= 1 && id <= 100)
              .forEach(id -> known.put(id, new PatentFamilyRef(id, "PF-" + id, "t")));
          return known;
        };
    SpinOffRules rules = new SpinOffRules();
    Wiring.inject(rules, "knownPartners", partners);
    Wiring.inject(rules, "knownFamilies", families);
    Wiring.inject(
        rules, "clock", Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC));
    return rules;
  }

  private static List<String> violations(Runnable check) {
    try {
      check.run();
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
    return List.of();
  }

  private List<String> creating(List<String> founders, Set<Long> families, LocalDate foundedOn) {
    return violations(
        () ->
            rules.check(
                true,
                "GridSense",
                null,
                founders,
                NTU,
                families,
                foundedOn,
                SpinOffStatus.INCUBATING));
  }

  private static List<String> founders(int n) {
    return IntStream.range(0, n).mapToObj(i -> "Founder " + i).toList();
  }

  private static Set<Long> families(long from, long to) {
    return LongStream.rangeClosed(from, to).boxed().collect(Collectors.toSet());
  }

  @Test
  void aCompleteSpinOffPasses() {
    assertThat(creating(List.of("Dr Lim"), Set.of(1L, 2L), TODAY)).isEmpty();
    assertThat(creating(List.of("Dr Lim"), null, LocalDate.of(1990, 1, 1))).isEmpty();
    assertThat(creating(List.of("Dr Lim"), Set.of(), TODAY)).isEmpty();
  }

  @Test
  void creatingNeedsEveryRequiredField() {
    assertThat(violations(() -> rules.check(true, null, null, null, null, null, null, null)))
        .containsExactly(
            "nameEn:field.required",
            "founders:spinOff.founders.required",
            "originPartner:field.required",
            "foundedOn:field.required",
            "status:field.required");
  }

  @Test
  void aChangeChecksOnlyTheFieldsGiven() {
    assertThat(violations(() -> rules.check(false, null, null, null, null, null, null, null)))
        .isEmpty();
    assertThat(
            violations(
                () -> rules.check(false, " ", null, List.of(), new PartnerId(9), null, null, null)))
        .containsExactly(
            "nameEn:field.required",
            "founders:spinOff.founders.required",
            "originPartner:partner.unknown");
  }

  @Test
  void namesHaveAtMost300CharactersAndFounders200() {
    assertThat(
            violations(
                () ->
                    rules.check(
                        false,
                        "n".repeat(300),
                        "名".repeat(300),
                        List.of("f".repeat(200)),
                        null,
                        null,
                        null,
                        null)))
        .isEmpty();
    assertThat(
            violations(
                () ->
                    rules.check(
                        false,
                        "n".repeat(301),
                        "名".repeat(301),
                        List.of("Dr Lim", "f".repeat(201), " "),
                        null,
                        null,
                        null,
                        null)))
        .containsExactly(
            "nameEn:field.tooLong",
            "nameZh:field.tooLong",
            "founders[1]:field.tooLong",
            "founders[2]:field.required");
  }

  @Test
  void aSpinOffHasAtMost20Founders() {
    assertThat(creating(founders(20), null, TODAY)).isEmpty();
    assertThat(creating(founders(21), null, TODAY)).containsExactly("founders:field.tooMany");
  }

  @Test
  void aSpinOffHoldsAtMost50KnownPatentFamilies() {
    assertThat(creating(List.of("Dr Lim"), families(1, 50), TODAY)).isEmpty();
    assertThat(creating(List.of("Dr Lim"), families(1, 51), TODAY))
        .containsExactly("patentFamilies:field.tooMany");
    assertThat(creating(List.of("Dr Lim"), Set.of(1L, 101L), TODAY))
        .containsExactly("patentFamilies:spinOff.patentFamily.unknown");
  }

  @Test
  void aSpinOffIsFoundedFrom1990UpToToday() {
    assertThat(creating(List.of("Dr Lim"), null, LocalDate.of(1989, 12, 31)))
        .containsExactly("foundedOn:spinOff.foundedOn.outOfRange");
    assertThat(creating(List.of("Dr Lim"), null, TODAY.plusDays(1)))
        .containsExactly("foundedOn:spinOff.foundedOn.outOfRange");
    assertThat(
            violations(
                () -> rules.check(false, null, null, null, null, null, TODAY.plusDays(1), null)))
        .containsExactly("foundedOn:spinOff.foundedOn.outOfRange");
  }

  @Test
  void aKnownOriginPartnerPasses() {
    assertThat(
            violations(
                () ->
                    rules.check(false, null, null, null, NTU, Collections.emptySet(), null, null)))
        .isEmpty();
  }
}
