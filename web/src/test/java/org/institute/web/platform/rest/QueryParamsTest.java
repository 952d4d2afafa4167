package org.institute.web.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

  private static String problem(Runnable reading) {
    try {
      reading.run();
      return "accepted";
    } catch (InvalidCommandException e) {
      return e.violations().stream().map(v -> v.field() + ":" + v.messageKey()).findFirst().get();
    }
  }

  @Test
  void absentValuesFilterNothing() {
    assertThat(QueryParams.id("partner", " ")).isNull();
    assertThat(QueryParams.year("year", null)).isNull();
    assertThat(QueryParams.date("from", "")).isNull();
    assertThat(QueryParams.enumValue("role", null, Role.class)).isNull();
    assertThat(QueryParams.bool("active", null)).isNull();
    assertThat(QueryParams.offset(null)).isZero();
    assertThat(QueryParams.limit(null, 50, 200)).isEqualTo(50);
    assertThat(QueryParams.sort(null, List.of("name", "code"))).isEqualTo("name");
  }

  @Test
  void wellFormedValuesAreRead() {
    assertThat(QueryParams.id("partner", " 7 ")).isEqualTo(7L);
    assertThat(QueryParams.year("year", "2020")).isEqualTo(2020);
    assertThat(QueryParams.date("from", "2020-12-08")).isEqualTo(LocalDate.of(2020, 12, 8));
    assertThat(QueryParams.enumValue("role", "admin", Role.class)).isEqualTo(Role.ADMIN);
    assertThat(QueryParams.bool("active", "TRUE")).isTrue();
    assertThat(QueryParams.offset("1000000")).isEqualTo(1_000_000);
    assertThat(QueryParams.limit("200", 50, 200)).isEqualTo(200);
  }

  @Test
  void theSameMistakeGivesTheSameCodeWhateverTheField() {
    assertThat(problem(() -> QueryParams.id("partner", "abc")))
        .isEqualTo("partner:field.notInteger");
    assertThat(problem(() -> QueryParams.year("year", "abc"))).isEqualTo("year:field.notInteger");
    assertThat(problem(() -> QueryParams.offset("abc"))).isEqualTo("offset:field.notInteger");
    assertThat(problem(() -> QueryParams.limit("1e3", 50, 200)))
        .isEqualTo("limit:field.notInteger");
    assertThat(problem(() -> QueryParams.id("partner", "0"))).isEqualTo("partner:field.outOfRange");
    assertThat(problem(() -> QueryParams.year("year", "-1"))).isEqualTo("year:field.outOfRange");
    assertThat(problem(() -> QueryParams.offset("-1"))).isEqualTo("offset:page.outOfRange");
    assertThat(problem(() -> QueryParams.limit("0", 50, 200))).isEqualTo("limit:page.outOfRange");
    assertThat(problem(() -> QueryParams.limit("201", 50, 200))).isEqualTo("limit:page.outOfRange");
    assertThat(problem(() -> QueryParams.enumValue("state", "LOST", Role.class)))
        .isEqualTo("state:field.notAllowedValue");
    assertThat(problem(() -> QueryParams.bool("active", "yes")))
        .isEqualTo("active:field.notBoolean");
    assertThat(problem(() -> QueryParams.sort("password", List.of("name"))))
        .isEqualTo("sort:sort.unsupported");
    assertThat(problem(() -> QueryParams.date("from", "2020-02-30")))
        .isEqualTo("from:date.invalid");
    assertThat(problem(() -> QueryParams.date("from", "1899-12-31")))
        .isEqualTo("from:date.outOfRange");
  }

  @Test
  void aPathThatIsNoIdNamesNoRecord() {
    assertThat(QueryParams.pathId("12", "partner")).isEqualTo(12L);
    for (String notAnId : new String[] {"abc", "0", "-3", "", "99999999999999999999"}) {
      assertThatThrownBy(() -> QueryParams.pathId(notAnId, "partner"))
          .isInstanceOf(RecordNotFoundException.class);
    }
  }
}
