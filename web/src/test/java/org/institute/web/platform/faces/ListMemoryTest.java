package org.institute.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListMemoryTest {
  private static final String DEALS = "/app/licensing/deals.xhtml";
  private final ListMemory memory = new ListMemory();

  @Test
  void aListNeverOpenedIsItsPlainAddress() {
    assertThat(memory.address("/ctx", DEALS)).isEqualTo("/ctx/app/licensing/deals.xhtml");
  }

  @Test
  void aListIsRememberedWithItsQuery() {
    memory.remember(DEALS, "q=solar&sort=title%2Cdesc");

    assertThat(memory.address("/ctx", DEALS))
        .isEqualTo("/ctx/app/licensing/deals.xhtml?q=solar&sort=title%2Cdesc");
    assertThat(memory.address("/ctx", "/app/licensing/patents.xhtml"))
        .isEqualTo("/ctx/app/licensing/patents.xhtml");
  }

  @Test
  void openingAListWithoutParametersForgetsTheOldOnes() {
    memory.remember(DEALS, "q=solar");
    memory.remember(DEALS, null);

    assertThat(memory.address("", DEALS)).isEqualTo(DEALS);
    memory.remember(DEALS, "q=solar");
    memory.remember(DEALS, " ");
    assertThat(memory.address("", DEALS)).isEqualTo(DEALS);
  }

  @Test
  void anOverlongQueryIsNotKept() {
    memory.remember(DEALS, "q=" + "x".repeat(ListMemory.MAX_QUERY));

    assertThat(memory.address("", DEALS)).isEqualTo(DEALS);
    memory.remember(DEALS, "q=" + "x".repeat(ListMemory.MAX_QUERY - 2));
    assertThat(memory.address("", DEALS)).endsWith("x");
  }
}
