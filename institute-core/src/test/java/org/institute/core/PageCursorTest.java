package org.institute.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class PageCursorTest {

  private static final ListSort NEWEST = ListSort.descending("updatedAt");

  private static void refused(String text) {
    assertThatThrownBy(() -> PageCursor.decode(text))
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> {
              assertThat(e.violations()).hasSize(1);
              assertThat(e.violations().get(0).field()).isEqualTo("cursor");
              assertThat(e.violations().get(0).messageKey()).isEqualTo("cursor.invalid");
            });
  }

  @Test
  void anEncodedCursorDecodesToTheSameCursor() {
    PageCursor cursor = PageCursor.after(NEWEST, "2026-12-05T20:15:00.123456Z", 4711);
    assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
  }

  @Test
  void keysInAnyScriptAndWithSeparatorsSurvive() {
    PageCursor cursor = PageCursor.after(ListSort.ascending("title"), "许可 | a,b\n%_'\"", 1);
    assertThat(PageCursor.decode(cursor.encode())).isEqualTo(cursor);
    PageCursor empty = PageCursor.after(ListSort.ascending("title"), "", Long.MAX_VALUE);
    assertThat(PageCursor.decode(empty.encode())).isEqualTo(empty);
  }

  @Test
  void theTextIsUrlSafe() {
    String text = PageCursor.after(NEWEST, "~~~???>>>", 99).encode();
    assertThat(text).matches("[A-Za-z0-9_-]+");
  }

  @Test
  void aChangedByteIsRefused() {
    byte[] bytes =
        Base64.getUrlDecoder().decode(PageCursor.after(NEWEST, "2026-01-01T00:00:00Z", 5).encode());
    for (int i = 0; i < bytes.length; i++) {
      byte[] tampered = bytes.clone();
      tampered[i] ^= 0x01;
      refused(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered));
    }
  }

  @Test
  void anotherIdWithTheOldCheckIsRefused() {
    byte[] a = Base64.getUrlDecoder().decode(PageCursor.after(NEWEST, "k", 5).encode());
    byte[] b = Base64.getUrlDecoder().decode(PageCursor.after(NEWEST, "k", 6).encode());
    System.arraycopy(a, a.length - 8, b, b.length - 8, 8);
    refused(Base64.getUrlEncoder().withoutPadding().encodeToString(b));
  }

  @Test
  void aCutCursorIsRefused() {
    String text = PageCursor.after(NEWEST, "2026-01-01T00:00:00Z", 5).encode();
    refused(text.substring(0, text.length() - 3));
    refused(text.substring(0, 10));
  }

  @Test
  void textThatIsNoCursorIsRefused() {
    refused("");
    refused("not a cursor!");
    refused("abc");
    refused("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    refused("x".repeat(5_000));
  }

  @Test
  void aCursorContinuesOnlyTheOrderItWasWrittenFor() {
    PageCursor cursor = PageCursor.after(NEWEST, "2026-01-01T00:00:00Z", 5);
    assertThat(cursor.requireOrder(NEWEST)).isSameAs(cursor);
    assertThatThrownBy(() -> cursor.requireOrder(NEWEST.reversed()))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> cursor.requireOrder(ListSort.descending("title")))
        .isInstanceOf(InvalidCommandException.class);
  }

  @Test
  void anAbsentCursorIsTheFirstPage() {
    assertThat(PageCursor.parse(null)).isEmpty();
    assertThat(PageCursor.parse("  ")).isEmpty();
    PageCursor cursor = PageCursor.after(NEWEST, "k", 1);
    assertThat(PageCursor.parse(" " + cursor.encode() + " ")).contains(cursor);
  }
}
