package org.institute.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookRetriesTest {

  @Test
  void blankMeansTheStandardSeries() {
    assertThat(WebhookRetries.parse(null)).isSameAs(WebhookRetries.STANDARD);
    assertThat(WebhookRetries.parse("  ")).isSameAs(WebhookRetries.STANDARD);
    assertThat(WebhookRetries.STANDARD.delays())
        .startsWith(Duration.ofSeconds(5), Duration.ofMinutes(5))
        .hasSize(7);
  }

  @Test
  void readsIsoDurationsSeparatedByCommas() {
    WebhookRetries r = WebhookRetries.parse("PT5S, PT20S,PT1M");
    assertThat(r.delays())
        .containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(20), Duration.ofMinutes(1));
    assertThat(r.after(1)).contains(Duration.ofSeconds(5));
    assertThat(r.after(3)).contains(Duration.ofMinutes(1));
    assertThat(r.after(4)).as("one failure more than there are waits gives up").isEmpty();
    assertThat(r.after(0)).isEmpty();
  }

  @Test
  void refusesWhatIsNotASeriesNamingTheEntry() {
    assertThatThrownBy(() -> WebhookRetries.parse("PT5S,5 minutes"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'5 minutes'");
    assertThatThrownBy(() -> WebhookRetries.parse("PT0S")).hasMessageContaining("PT0S");
    assertThatThrownBy(() -> WebhookRetries.parse("-PT5S")).hasMessageContaining("PT-5S");
    assertThatThrownBy(() -> WebhookRetries.parse("P2D")).hasMessageContaining("PT48H");
    assertThatThrownBy(() -> new WebhookRetries(List.of()))
        .hasMessageContaining("1 to 20 waits, not 0");
    assertThatThrownBy(() -> new WebhookRetries(Collections.nCopies(21, Duration.ofSeconds(1))))
        .hasMessageContaining("not 21");
    assertThat(new WebhookRetries(List.of(Duration.ofDays(1))).delays()).hasSize(1);
  }
}
