package org.institute.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.institute.core.ListSort;
import org.junit.jupiter.api.Test;

class ListAddressTest {
  private final ListAddress deals = ListAddress.of("/ctx/app/licensing/deals.xhtml");

  @Test
  void aListWithoutParametersIsItsPath() {
    assertThat(deals.href()).isEqualTo("/ctx/app/licensing/deals.xhtml");
    assertThat(deals.query()).isEmpty();
  }

  @Test
  void parametersAreEncodedInTheOrderTheyWereSet() {
    ListAddress a = deals.with("q", "solar cell & 华南").with("state", "ACTIVE");

    assertThat(a.href())
        .isEqualTo(
            "/ctx/app/licensing/deals.xhtml?q=solar%20cell%20%26%20%E5%8D%8E%E5%8D%97&state=ACTIVE");
    assertThat(a.query()).startsWith("q=solar").endsWith("state=ACTIVE");
  }

  @Test
  void aBlankValueRemovesTheParameter() {
    assertThat(deals.with("q", "x").with("q", " ").href()).isEqualTo(deals.href());
    assertThat(deals.with("q", "x").with("q", null).parameters()).isEmpty();
  }

  @Test
  void changingAFilterGoesBackToTheFirstPage() {
    ListAddress onPage3 = deals.with("q", "x").page(3);

    assertThat(onPage3.parameters()).containsEntry("page", "3");
    assertThat(onPage3.with("state", "ACTIVE").parameters()).doesNotContainKey("page");
  }

  @Test
  void theFirstPageIsNotWritten() {
    assertThat(deals.page(1).href()).isEqualTo(deals.href());
    assertThat(deals.page(0).href()).isEqualTo(deals.href());
    assertThat(deals.page(2).page(1).parameters()).isEmpty();
  }

  @Test
  void aColumnSortsAscendingThenTheOtherWay() {
    assertThat(deals.sortedBy(null, "title").parameters()).containsEntry("sort", "title,asc");
    assertThat(deals.sortedBy(ListSort.descending("updatedAt"), "title").parameters())
        .containsEntry("sort", "title,asc");
    assertThat(deals.sortedBy(ListSort.ascending("title"), "title").parameters())
        .containsEntry("sort", "title,desc");
    assertThat(deals.sortedBy(ListSort.descending("title"), "title").parameters())
        .containsEntry("sort", "title,asc");
  }

  @Test
  void sortingKeepsTheSearchAndGoesBackToTheFirstPage() {
    ListAddress a = deals.with("q", "x").page(4).sortedBy(null, "id");

    assertThat(a.href()).isEqualTo("/ctx/app/licensing/deals.xhtml?q=x&sort=id%2Casc");
  }

  @Test
  void addressesAreValues() {
    ListAddress base = deals.with("q", "x");
    base.with("state", "ACTIVE");

    assertThat(base.parameters()).containsOnlyKeys("q");
    assertThat(base.toString()).isEqualTo(base.href());
  }

  @Test
  void aPageNumberIsReadLeniently() {
    assertThat(ListAddress.pageNumber(null)).isEqualTo(1);
    assertThat(ListAddress.pageNumber("x")).isEqualTo(1);
    assertThat(ListAddress.pageNumber("0")).isEqualTo(1);
    assertThat(ListAddress.pageNumber(" 7 ")).isEqualTo(7);
    assertThat(ListAddress.pageNumber("100001")).isEqualTo(100_000);
  }

  @Test
  void rowsFillWholePagesAndThereIsAlwaysOne() {
    assertThat(ListAddress.pages(0, 25)).isEqualTo(1);
    assertThat(ListAddress.pages(25, 25)).isEqualTo(1);
    assertThat(ListAddress.pages(26, 25)).isEqualTo(2);
  }

  private static ListAddress.Parameters dealList() {
    return new ListAddress.Parameters(
            "/app/licensing/deals.xhtml",
            java.util.List.of("title", "updatedAt"),
            ListSort.descending("updatedAt"))
        .contextPath("/ctx");
  }

  @Test
  void aListReadsItsSearchSortAndPageFromTheAddress() {
    ListAddress.Parameters list = dealList();
    list.setQ("solar");
    list.setSortParameter("-title");
    list.setPageParameter("3");
    list.filter("state", "ACTIVE");

    assertThat(list.read()).isEmpty();

    assertThat(list.getSearch()).isEqualTo("solar");
    assertThat(list.getSortText()).isEqualTo("title,desc");
    assertThat(list.first(25)).isEqualTo(50);
    assertThat(list.address().href())
        .isEqualTo("/ctx/app/licensing/deals.xhtml?q=solar&state=ACTIVE&sort=title%2Cdesc&page=3");
    assertThat(list.sortedBy("title")).isEqualTo("desc");
    assertThat(list.sortHref("title")).endsWith("sort=title%2Casc");
    assertThat(list.filterHref("state", null)).doesNotContain("state=").doesNotContain("page=");
    assertThat(list.getClearHref()).doesNotContain("q=").contains("state=ACTIVE");
  }

  @Test
  void anUnknownSortAndAnOverlongSearchAreRefusedAndLeftOut() {
    ListAddress.Parameters list = dealList();
    list.setQ("x".repeat(201));
    list.setSortParameter("password,asc");
    list.setPageParameter("many");

    assertThat(list.read())
        .extracting(e -> e.violations().get(0).field())
        .containsExactly("sort", "q");

    assertThat(list.getSearch()).isNull();
    assertThat(list.getSort()).isEqualTo(ListSort.descending("updatedAt"));
    assertThat(list.getSortKept()).isEmpty();
    assertThat(list.getPage()).isEqualTo(1);
    assertThat(list.address().href()).isEqualTo("/ctx/app/licensing/deals.xhtml");
  }

  @Test
  void aPagePastTheEndBecomesTheLastPage() {
    ListAddress.Parameters list = dealList();
    list.setPageParameter("9");
    list.read();

    assertThat(list.pastTheEnd(0, 51, 25)).isTrue();
    assertThat(list.getPage()).isEqualTo(3);
    assertThat(list.pastTheEnd(1, 51, 25)).isFalse();
    assertThat(dealList().pastTheEnd(0, 0, 25)).isFalse();
  }
}
