package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StatusSlotTest {

  @Test
  void theFirstCertificatesGoIntoListOne() {
    StatusSlot slot = StatusSlot.allocate(0, new Random(1), (l, i) -> false);

    assertThat(slot.list()).isEqualTo(1);
    assertThat(slot.index()).isBetween(0, StatusSlot.LIST_SIZE - 1);
  }

  @Test
  void aListTakesHalfAsManyCertificatesAsItHasBits() {
    assertThat(
            StatusSlot.allocate(StatusSlot.LIST_CAPACITY - 1, new Random(1), (l, i) -> false)
                .list())
        .isEqualTo(1);
    assertThat(StatusSlot.allocate(StatusSlot.LIST_CAPACITY, new Random(1), (l, i) -> false).list())
        .isEqualTo(2);
    assertThat(StatusSlot.LIST_CAPACITY * 2).isEqualTo(StatusSlot.LIST_SIZE);
  }

  @Test
  void takenPlacesAreDrawnAgain() {
    List<Integer> asked = new ArrayList<>();

    StatusSlot slot =
        StatusSlot.allocate(
            0,
            new Random(7),
            (list, index) -> {
              asked.add(index);
              return asked.size() < 3;
            });

    assertThat(asked).hasSize(3);
    assertThat(slot.index()).isEqualTo(asked.get(2));
  }

  @Test
  void placesAreSpreadOverTheWholeList() {
    Random random = new Random(3);
    int high = 0;
    for (int n = 0; n < 50; n++) {
      high = Math.max(high, StatusSlot.allocate(n, random, (l, i) -> false).index());
    }

    assertThat(high).isGreaterThan(StatusSlot.LIST_SIZE / 2);
  }

  @Test
  void placesOutsideAListAreRefused() {
    assertThatThrownBy(() -> new StatusSlot(0, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StatusSlot(1, -1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StatusSlot(1, StatusSlot.LIST_SIZE))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new StatusSlot(1, StatusSlot.LIST_SIZE - 1).index())
        .isEqualTo(StatusSlot.LIST_SIZE - 1);
  }
}
