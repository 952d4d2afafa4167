package org.institute.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ListSortTest {
  private static final List<String> FIELDS = List.of("title", "updatedAt");
  private static final ListSort NEWEST = ListSort.descending("updatedAt");

  private static String refusal(String raw) {
    try {
      ListSort.parse(raw, FIELDS, NEWEST);
      return "accepted";
    } catch (InvalidCommandException e) {
      return e.violations().get(0).field() + ":" + e.violations().get(0).messageKey();
    }
  }

  @Test
  void aFieldAloneSortsAscending() {
    assertThat(ListSort.parse("title", FIELDS, NEWEST)).isEqualTo(ListSort.ascending("title"));
  }

  @Test
  void aDirectionAfterACommaIsRead() {
    assertThat(ListSort.parse("title,desc", FIELDS, NEWEST))
        .isEqualTo(ListSort.descending("title"));
    assertThat(ListSort.parse("title,asc", FIELDS, NEWEST)).isEqualTo(ListSort.ascending("title"));
    assertThat(ListSort.parse(" title , DESC ", FIELDS, NEWEST))
        .isEqualTo(ListSort.descending("title"));
  }

  @Test
  void aMinusInFrontMeansDescending() {
    assertThat(ListSort.parse("-updatedAt", FIELDS, NEWEST))
        .isEqualTo(ListSort.descending("updatedAt"));
  }

  @Test
  void blankMeansTheListsDefault() {
    assertThat(ListSort.parse(null, FIELDS, NEWEST)).isSameAs(NEWEST);
    assertThat(ListSort.parse("  ", FIELDS, NEWEST)).isSameAs(NEWEST);
  }

  @Test
  void aFieldOutsideTheWhitelistIsRefusedNamingTheParameter() {
    assertThat(refusal("secret")).isEqualTo("sort:sort.unsupported");
    assertThat(refusal("-secret")).isEqualTo("sort:sort.unsupported");
    assertThat(refusal("Title,asc")).isEqualTo("sort:sort.unsupported");
    assertThat(refusal(",asc")).isEqualTo("sort:sort.unsupported");
  }

  @Test
  void aDirectionOtherThanAscOrDescIsRefused() {
    assertThat(refusal("title,up")).isEqualTo("sort:sort.unsupported");
    assertThat(refusal("title,")).isEqualTo("sort:sort.unsupported");
    assertThat(refusal("title,desc,asc")).isEqualTo("sort:sort.unsupported");
  }

  @Test
  void theAddressWritesFieldAndDirection() {
    assertThat(ListSort.descending("title").parameter()).isEqualTo("title,desc");
    assertThat(ListSort.ascending("title").parameter()).isEqualTo("title,asc");
    assertThat(ListSort.parse(ListSort.descending("title").parameter(), FIELDS, NEWEST))
        .isEqualTo(ListSort.descending("title"));
  }

  @Test
  void reversingTurnsTheDirectionOnTheSameField() {
    assertThat(ListSort.ascending("title").reversed()).isEqualTo(ListSort.descending("title"));
    assertThat(ListSort.descending("title").reversed()).isEqualTo(ListSort.ascending("title"));
    assertThat(ListSort.ascending("title").direction()).isEqualTo("asc");
    assertThat(ListSort.descending("title").direction()).isEqualTo("desc");
  }

  @Test
  void aSortNamesAField() {
    assertThatThrownBy(() -> new ListSort(" ", false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ListSort(null, true)).isInstanceOf(IllegalArgumentException.class);
  }
}
