package org.institute.core.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.junit.jupiter.api.Test;

class FxRateCsvTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

  private static List<String> refusals(String csv) {
    try {
      FxRateCsv.parse(csv, TODAY);
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).toList();
    }
    throw new AssertionError("accepted: " + csv);
  }

  @Test
  void readsDailySgdCnyRatesInDateOrder() {
    List<FxQuote> quotes =
        FxRateCsv.parse(
            "\uFEFFDate,Rate\n2021-01-05,4.9512\n\n2021-01-04,4.9487\n2021-01-05,4.95120\n", TODAY);

    assertThat(quotes)
        .extracting(FxQuote::date)
        .containsExactly(LocalDate.of(2021, 1, 4), LocalDate.of(2021, 1, 5));
    assertThat(quotes.get(0).base().getCurrencyCode()).isEqualTo("SGD");
    assertThat(quotes.get(0).quote().getCurrencyCode()).isEqualTo("CNY");
    assertThat(quotes.get(1).rate()).isEqualByComparingTo("4.9512");
  }

  @Test
  void everyBadLineIsNamedWithItsNumberAndReason() {
    assertThat(
            refusals(
                "date,rate\n2021-01-04,4.9487\n2021-13-01,4.9\n2021-01-06,abc\n2021-01-07,-1\n"
                    + "2021-01-08\n2021-01-04,4.9999\n1900-01-01,4.9\n"))
        .containsExactly(
            "line 3:fx.csv.date",
            "line 4:fx.csv.rate",
            "line 5:fx.rate.outOfRange",
            "line 6:fx.csv.columns",
            "line 7:fx.csv.duplicateDate",
            "line 8:date.outOfRange");
  }

  @Test
  void aFileWithoutTheHeaderOrWithoutRatesIsRefused() {
    assertThat(refusals("2021-01-04,4.9487\n")).containsExactly("line 1:fx.csv.header");
    assertThat(refusals("date,rate\n\n")).containsExactly("file:fx.csv.empty");
    assertThat(refusals("")).containsExactly("file:fx.csv.empty");
    assertThat(refusals("date,rate\n\"2021-01-04,4.9\n")).contains("file:fx.csv.malformed");
  }

  @Test
  void aLongListOfErrorsIsCutShortAndSaysSo() {
    StringBuilder csv = new StringBuilder("date,rate\n");
    for (int i = 0; i < 150; i++) {
      csv.append("not-a-date,1\n");
    }
    assertThatThrownBy(() -> FxRateCsv.parse(csv.toString(), TODAY))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> {
              assertThat(e.violations()).hasSize(FxRateCsv.MAX_REPORTED + 1);
              assertThat(e.violations().get(FxRateCsv.MAX_REPORTED))
                  .isEqualTo(new Violation("file", "fx.csv.moreErrors"));
            });
  }
}
