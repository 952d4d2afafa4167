package org.institute.core.domain;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.junit.jupiter.api.Test;

/** The edges of the kernel's rules: the first and last value each rule accepts. */
class KernelBoundariesTest {

  private static final Instant T0 = Instant.parse("2024-06-15T08:00:00.123456Z");

  private static String hash(String entityType, String entityId, String summary) {
    return AuditChain.hashOf(
        1, "admin", T0, "A", entityType, entityId, summary, AuditChain.GENESIS_HASH);
  }

  @Test
  void movingTextBetweenAdjacentFieldsChangesTheHash() {
    assertThat(hash("ab", "c", "s")).isNotEqualTo(hash("a", "bc", "s"));
    assertThat(hash("E", "", "s")).isNotEqualTo(hash("E", null, "s"));
    assertThat(hash("E", "1", "")).isNotEqualTo(hash("E", "1", null));
  }

  @Test
  void theHashOfAStoredEntryNeverChangesItsFormat() {
    // existing databases hold chains hashed this way (decision 0005): a change of the format would
    // report every stored chain as broken. The expected value was computed apart from this code:
    // SHA-256 of the tag "institute-audit-chain-v1", then per field 0x01, its UTF-8 length as four
    // big-endian bytes and the bytes (0x00 for an absent field), in the order of AuditChain.hashOf
    assertThat(hash("LicenceDeal", "4", "S$100,000.00"))
        .isEqualTo("3c5ae4fd200fa3f331045a1439cb84f6e0fa67da7c4daf7b3b34c1524e267987");
  }

  @Test
  void aPolicyOfOneAttemptLocksAtTheFirstFailure() {
    LockoutPolicy once = new LockoutPolicy(1, Duration.ofSeconds(1));
    assertThat(once.shouldLock(1)).isTrue();
    assertThat(once.shouldLock(0)).isFalse();
  }

  @Test
  void theSmallestPdfIsSixteenBytes() {
    assertThat(PdfContent.looksLikePdf("%PDF-1.4\n%%EOF\n\n".getBytes(ISO_8859_1))).isTrue();
    assertThat(PdfContent.looksLikePdf("%PDF-1.4\n%%EOF\n".getBytes(ISO_8859_1))).isFalse();
  }

  @Test
  void aLongFileNameKeepsItsLastTwoHundredCharacters() {
    String name = "a".repeat(10) + "b".repeat(196) + ".pdf";
    assertThat(PdfContent.cleanFileName(name)).hasSize(200).isEqualTo("b".repeat(196) + ".pdf");
    String exact = "c".repeat(196) + ".pdf";
    assertThat(PdfContent.cleanFileName(exact)).isEqualTo(exact);
  }

  private static List<Violation> csvRefusals(String body) {
    try {
      FxRateCsv.parse("date,rate\n" + body, TODAY);
      return List.of();
    } catch (InvalidCommandException e) {
      return e.violations();
    }
  }

  /** The day the boundary tests run on. */
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  @Test
  void csvRatesAreDatedFrom1990UntilToday() {
    assertThat(csvRefusals("1990-01-01,4.9\n2026-12-05,4.9\n")).isEmpty();
    assertThat(csvRefusals("1989-12-31,4.9\n2026-12-06,4.9\n2099-01-01,4.9\n"))
        .containsExactly(
            new Violation("line 2", "date.outOfRange"),
            new Violation("line 3", "fx.date.future"),
            new Violation("line 4", "fx.date.future"));
  }

  @Test
  void csvRatesArePositiveBelowAThousandWithAtMostEightDecimals() {
    assertThat(csvRefusals("2021-01-01,999.99999999\n2021-01-02,0.00000001\n")).isEmpty();
    assertThat(csvRefusals("2021-01-01,1000\n2021-01-02,0\n2021-01-03,0.000000001\n"))
        .extracting(Violation::messageKey)
        .containsOnly("fx.rate.outOfRange")
        .hasSize(3);
    assertThat(FxRateCsv.parse("date,rate\n2021-01-01,999.99999999\n", TODAY).get(0).rate())
        .isEqualByComparingTo(new BigDecimal("999.99999999"));
  }

  @Test
  void aCsvOfTwentyThousandDaysIsReadAndOneMoreIsRefused() {
    StringBuilder csv = new StringBuilder("date,rate\n");
    LocalDate day = LocalDate.of(1990, 1, 1);
    for (int i = 0; i < FxRateCsv.MAX_ROWS; i++) {
      csv.append(day.plusDays(i)).append(",4.9\n");
    }
    LocalDate later = LocalDate.of(2100, 1, 1);
    assertThat(FxRateCsv.parse(csv.toString(), later)).hasSize(FxRateCsv.MAX_ROWS);

    csv.append(day.plusDays(FxRateCsv.MAX_ROWS)).append(",4.9\n");
    assertThatThrownBy(() -> FxRateCsv.parse(csv.toString(), later))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e ->
                assertThat(e.violations())
                    .containsExactly(new Violation("file", "fx.csv.tooManyRows")));
  }

  @Test
  void exactlyAHundredBadLinesAreAllShownWithoutTheNoteOfMore() {
    StringBuilder csv = new StringBuilder();
    for (int i = 0; i < FxRateCsv.MAX_REPORTED; i++) {
      csv.append("not-a-date,4.9\n");
    }
    assertThat(csvRefusals(csv.toString()))
        .hasSize(FxRateCsv.MAX_REPORTED)
        .doesNotContain(new Violation("file", "fx.csv.moreErrors"));
  }
}
