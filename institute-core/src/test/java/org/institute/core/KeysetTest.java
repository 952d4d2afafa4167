package org.institute.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeysetTest {

  @Test
  void anAscendingListContinuesAfterTheKeyOrTheSameKeyAndALargerId() {
    Map<String, Object> params = new HashMap<>();
    ListSort byName = ListSort.ascending("name");
    String clause =
        Keyset.after(
            "p.nameLatin",
            "p.id",
            byName,
            PageCursor.after(byName, "Li Wei", 42),
            "Li Wei",
            params);

    assertThat(clause)
        .isEqualTo(
            " and (p.nameLatin > :afterKey or (p.nameLatin = :afterKey and p.id > :afterId))");
    assertThat(params).containsEntry("afterKey", "Li Wei").containsEntry("afterId", 42L);
  }

  @Test
  void aDescendingListContinuesBelowBothTheKeyAndTheId() {
    Map<String, Object> params = new HashMap<>();
    ListSort newest = ListSort.descending("startsOn");
    LocalDate day = LocalDate.of(2026, 9, 1);
    String clause =
        Keyset.after(
            "c.startsOn", "c.id", newest, PageCursor.after(newest, day.toString(), 7), day, params);

    assertThat(clause)
        .isEqualTo(" and (c.startsOn < :afterKey or (c.startsOn = :afterKey and c.id < :afterId))");
    assertThat(params).containsEntry("afterKey", day).containsEntry("afterId", 7L);
  }

  @Test
  void aListOrderedByItsIdNeedsOnlyTheId() {
    Map<String, Object> params = new HashMap<>();
    ListSort byId = ListSort.descending("id");
    String clause =
        Keyset.after("d.id", "d.id", byId, PageCursor.after(byId, "", 99), null, params);

    assertThat(clause).isEqualTo(" and d.id < :afterId");
    assertThat(params).containsOnlyKeys("afterId").containsEntry("afterId", 99L);
  }
}
