package org.institute.licensing.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.institute.core.InvalidCommandException;
import org.institute.core.ListSort;
import org.institute.core.PageCursor;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.DealState;
import org.junit.jupiter.api.Test;

/**
 * The deal list's keyset: the order, the condition after a cursor, and the keys a cursor carries.
 */
class DealKeysetTest {

  private static final DealRow ROW =
      new DealRow(
          42,
          "Battery licence",
          null,
          DealState.ACTIVE,
          9,
          null,
          null,
          "SGD",
          new BigDecimal("1200.50"),
          "ntu.staff",
          Instant.parse("2026-12-05T20:15:00.123456Z"),
          3);

  @Test
  void everyOrderEndsWithTheIdInTheSameDirection() {
    assertThat(JpaDealRepository.orderBy(ListSort.descending("updatedAt")))
        .isEqualTo("d.updatedAt desc, d.id desc");
    assertThat(JpaDealRepository.orderBy(ListSort.ascending("title")))
        .isEqualTo("d.title asc, d.id asc");
  }

  @Test
  void aDescendingPageContinuesBelowTheLastKeyThenBelowItsId() {
    ListSort order = ListSort.descending("updatedAt");
    Map<String, Object> params = new HashMap<>();
    String condition =
        JpaDealRepository.after(
            order, PageCursor.after(order, ROW.updatedAt().toString(), 42), params);
    assertThat(condition)
        .isEqualTo(
            " and (d.updatedAt < :afterKey or (d.updatedAt = :afterKey and d.id < :afterId))");
    assertThat(params).containsEntry("afterKey", ROW.updatedAt()).containsEntry("afterId", 42L);
  }

  @Test
  void anAscendingPageContinuesAboveTheLastKey() {
    ListSort order = ListSort.ascending("totalValue");
    Map<String, Object> params = new HashMap<>();
    String condition =
        JpaDealRepository.after(order, PageCursor.after(order, "1200.50", 42), params);
    assertThat(condition).contains("d.totalValue > :afterKey").contains("d.id > :afterId");
    assertThat(params.get("afterKey")).isEqualTo(new BigDecimal("1200.50"));
  }

  @Test
  void theIdOrderNeedsNoKey() {
    ListSort order = ListSort.descending("id");
    Map<String, Object> params = new HashMap<>();
    assertThat(JpaDealRepository.after(order, PageCursor.after(order, "42", 42), params))
        .isEqualTo(" and d.id < :afterId");
  }

  @Test
  void eachSortKeyOfARowReadsBackAsItsColumnsValue() {
    for (String field : DealQuery.SORTS) {
      String key = JpaDealRepository.key(field, ROW);
      if (!field.equals("id")) {
        Object value = JpaDealRepository.keyValue(field, key);
        assertThat(value)
            .as(field)
            .isIn(ROW.updatedAt(), ROW.title(), ROW.state(), ROW.totalValue());
      }
    }
  }

  @Test
  void aKeyThatDoesNotReadAsTheColumnIsARefusedCursor() {
    for (String[] bad :
        new String[][] {{"updatedAt", "yesterday"}, {"state", "NOPE"}, {"totalValue", "1,2"}}) {
      assertThatThrownBy(() -> JpaDealRepository.keyValue(bad[0], bad[1]))
          .as(bad[0])
          .isInstanceOfSatisfying(
              InvalidCommandException.class,
              e -> assertThat(e.violations().get(0).field()).isEqualTo("cursor"));
    }
  }
}
