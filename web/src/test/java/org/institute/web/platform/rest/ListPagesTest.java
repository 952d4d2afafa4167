package org.institute.web.platform.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.institute.core.InvalidCommandException;
import org.institute.core.ListSort;
import org.institute.core.PageCursor;
import org.institute.core.PageRequest;
import org.institute.core.Slice;
import org.junit.jupiter.api.Test;

class ListPagesTest {

  private static String refusal(Runnable r) {
    try {
      r.run();
      return "accepted";
    } catch (InvalidCommandException e) {
      return e.violations().get(0).field() + ":" + e.violations().get(0).messageKey();
    }
  }

  @Test
  void aKeysetRequestReadsCursorLimitAndCount() {
    PageCursor cursor = PageCursor.after(ListSort.descending("updatedAt"), "k", 7);
    PageRequest request = ListPages.request(cursor.encode(), "20", "exact");
    assertThat(request).isEqualTo(new PageRequest(cursor, 20, true));
    assertThat(ListPages.request(null, null, null)).isEqualTo(new PageRequest(null, 50, false));
  }

  @Test
  void eachUnreadableParameterIsRefusedNamingIt() {
    assertThat(refusal(() -> ListPages.request("zzz", null, null)))
        .isEqualTo("cursor:cursor.invalid");
    assertThat(refusal(() -> ListPages.request(null, "0", null)))
        .isEqualTo("limit:page.outOfRange");
    assertThat(refusal(() -> ListPages.request(null, "201", null)))
        .isEqualTo("limit:page.outOfRange");
    assertThat(refusal(() -> ListPages.request(null, null, "about")))
        .isEqualTo("count:field.notAllowedValue");
    assertThat(refusal(() -> ListPages.byOffset("5", "abc"))).isEqualTo("offset:cursor.withOffset");
  }

  @Test
  void theEnvelopeHasATotalOnlyWhenCounted() {
    PageCursor next = PageCursor.after(ListSort.ascending("title"), "b", 2);
    assertThat(ListPages.envelope(new Slice<>(List.of("a", "b"), next, null)))
        .isEqualTo(new ListPages.Page<>(List.of("a", "b"), next.encode()));
    assertThat(ListPages.envelope(new Slice<>(List.of("a"), null, 1L)))
        .isEqualTo(new ListPages.CountedPage<>(List.of("a"), null, 1));
  }

  @Test
  void aPositionCursorLeadsToTheNextPositionOfTheSameOrderOnly() {
    ListPages.Positional first = ListPages.positional(null, null, "2", null, "title", 50);
    Object page = first.envelope(List.of("a", "b"), 5);
    String next = ((ListPages.Page<?>) page).next();
    ListPages.Positional second = ListPages.positional(next, null, "2", "exact", "title", 50);
    assertThat(second.offset()).isEqualTo(2);
    assertThat(second.countExact()).isTrue();
    assertThat(second.envelope(List.of("c", "d"), 5))
        .isInstanceOf(ListPages.CountedPage.class)
        .extracting(p -> ((ListPages.CountedPage<?>) p).next())
        .isNotNull();
    ListPages.Positional last = ListPages.positional(null, null, "2", null, "title", 50);
    assertThat(
            ((ListPages.Page<?>)
                    new ListPages.Positional(4, 2, false, false, "title").envelope(List.of("e"), 5))
                .next())
        .isNull();
    assertThat(last.deprecated()).isFalse();
    assertThat(refusal(() -> ListPages.positional(next, null, "2", null, "-title", 50)))
        .isEqualTo("cursor:cursor.invalid");
    String keyset = PageCursor.after(ListSort.ascending("title"), "x", 3).encode();
    assertThat(refusal(() -> ListPages.positional(keyset, null, null, null, "title", 50)))
        .isEqualTo("cursor:cursor.invalid");
  }

  @Test
  void anOffsetIsTheDeprecatedWayInTheOldShape() {
    ListPages.Positional old = ListPages.positional(null, "10", "5", null, null, 50);
    assertThat(old.deprecated()).isTrue();
    assertThat(old.offset()).isEqualTo(10);
    // its headers (Deprecation, Link) are checked over HTTP: CursorListsIT
    assertThat(ListPages.DEPRECATED_SINCE).matches("@\\d+");
  }
}
