package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.institute.core.Conversion;
import org.institute.core.Money;
import org.junit.jupiter.api.Test;

class FxRateTableTest {

  private static final Currency SGD = Currency.getInstance("SGD");
  private static final Currency CNY = Currency.getInstance("CNY");
  private static final LocalDate JUNE_3 = LocalDate.of(2024, 6, 3);
  private static final LocalDate JUNE_5 = LocalDate.of(2024, 6, 5);

  private static FxQuote sgdToCny(LocalDate date, String rate) {
    return new FxQuote(date, SGD, CNY, new BigDecimal(rate));
  }

  private static FxQuote cnyToSgd(LocalDate date, String rate) {
    return new FxQuote(date, CNY, SGD, new BigDecimal(rate));
  }

  @Test
  void convertsAtTheRateOfTheExactDate() {
    FxRateTable table =
        new FxRateTable(List.of(sgdToCny(JUNE_3, "5.30"), sgdToCny(JUNE_5, "5.40")));

    Conversion conversion = table.convert(Money.of("100", "SGD"), CNY, JUNE_5).orElseThrow();

    assertThat(conversion.result()).isEqualTo(Money.of("540.00", "CNY"));
    assertThat(conversion.rateDate()).isEqualTo(JUNE_5);
    assertThat(conversion.usedEarlierRate()).isFalse();
  }

  @Test
  void usesAndReportsTheLatestEarlierRate() {
    FxRateTable table =
        new FxRateTable(List.of(sgdToCny(JUNE_3.minusDays(1), "5.20"), sgdToCny(JUNE_3, "5.30")));

    Conversion conversion = table.convert(Money.of("100", "SGD"), CNY, JUNE_5).orElseThrow();

    assertThat(conversion.result()).isEqualTo(Money.of("530.00", "CNY"));
    assertThat(conversion.usedEarlierRate()).isTrue();
    assertThat(conversion.rateDate()).isEqualTo(JUNE_3);
    assertThat(conversion.requestedDate()).isEqualTo(JUNE_5);
  }

  @Test
  void ignoresRatesAfterTheRequestedDate() {
    FxRateTable table =
        new FxRateTable(List.of(sgdToCny(JUNE_3, "5.30"), sgdToCny(JUNE_5, "5.40")));

    Conversion conversion =
        table.convert(Money.of("100", "SGD"), CNY, JUNE_5.minusDays(1)).orElseThrow();

    assertThat(conversion.rateDate()).isEqualTo(JUNE_3);
  }

  @Test
  void convertsThroughTheInversePair() {
    FxRateTable table = new FxRateTable(List.of(sgdToCny(JUNE_3, "5.0588")));

    Conversion conversion = table.convert(Money.of("8599960", "CNY"), SGD, JUNE_3).orElseThrow();

    // 1 / 5.0588 to 16 significant digits is 0.1976753380248280; times 8,599,960 is
    // 1,699,999.9999999998..., which rounds to a whole 1,700,000.00.
    assertThat(conversion.rate()).isEqualByComparingTo("0.1976753380248280");
    assertThat(conversion.result()).isEqualTo(Money.of("1700000.00", "SGD"));
  }

  @Test
  void inverseRateRoundsResultHalfEvenToCents() {
    FxRateTable table = new FxRateTable(List.of(sgdToCny(JUNE_3, "5.2")));

    Conversion conversion = table.convert(Money.of("1000", "CNY"), SGD, JUNE_3).orElseThrow();

    // 1000 / 5.2 = 192.3076...
    assertThat(conversion.result()).isEqualTo(Money.of("192.31", "SGD"));
  }

  @Test
  void prefersDirectQuoteOverInverseOnTheSameDate() {
    FxRateTable table =
        new FxRateTable(List.of(sgdToCny(JUNE_3, "5.00"), cnyToSgd(JUNE_3, "0.25")));

    Conversion conversion = table.convert(Money.of("10", "SGD"), CNY, JUNE_3).orElseThrow();

    assertThat(conversion.result()).isEqualTo(Money.of("50.00", "CNY"));
  }

  @Test
  void laterInverseQuoteBeatsEarlierDirectQuote() {
    FxRateTable table =
        new FxRateTable(List.of(sgdToCny(JUNE_3, "5.00"), cnyToSgd(JUNE_5, "0.25")));

    Conversion conversion = table.convert(Money.of("10", "SGD"), CNY, JUNE_5).orElseThrow();

    assertThat(conversion.result()).isEqualTo(Money.of("40.00", "CNY"));
    assertThat(conversion.rateDate()).isEqualTo(JUNE_5);
  }

  @Test
  void isEmptyWhenNoRateOnOrBeforeTheDate() {
    FxRateTable table = new FxRateTable(List.of(sgdToCny(JUNE_5, "5.40")));

    assertThat(table.convert(Money.of("100", "SGD"), CNY, JUNE_3)).isEmpty();
  }

  @Test
  void sameCurrencyConvertsAtRateOneOnTheRequestedDate() {
    FxRateTable table = new FxRateTable(List.of());
    Money money = Money.of("42.10", "SGD");

    Conversion conversion = table.convert(money, SGD, JUNE_3).orElseThrow();

    assertThat(conversion.result()).isEqualTo(money);
    assertThat(conversion.rate()).isEqualByComparingTo(BigDecimal.ONE);
    assertThat(conversion.rateDate()).isEqualTo(JUNE_3);
    assertThat(conversion.usedEarlierRate()).isFalse();
  }

  @Test
  void convertsOnePointSevenMillionDollarsToYuan() {
    FxRateTable table = new FxRateTable(List.of(sgdToCny(JUNE_3, "5.0588")));

    Conversion conversion = table.convert(Money.of("1700000", "SGD"), CNY, JUNE_3).orElseThrow();

    // 1,700,000 x 5 = 8,500,000 and 1,700,000 x 0.0588 = 99,960.
    assertThat(conversion.result()).isEqualTo(Money.of("8599960.00", "CNY"));
    assertThat(conversion.result()).hasToString("CNY 8,599,960.00");
  }

  @Test
  void quoteRefusesNonPositiveRate() {
    assertThatThrownBy(() -> sgdToCny(JUNE_3, "0")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void tableRefusesConflictingRatesForTheSameDay() {
    List<FxQuote> quotes = List.of(sgdToCny(JUNE_3, "5.30"), sgdToCny(JUNE_3, "5.31"));

    assertThatThrownBy(() -> new FxRateTable(quotes)).isInstanceOf(IllegalArgumentException.class);
  }
}
