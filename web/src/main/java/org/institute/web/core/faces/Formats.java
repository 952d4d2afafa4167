package org.institute.web.core.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formatting the pages share: times are shown in UTC, to the second. */
@Named("fmt")
@ApplicationScoped
public class Formats {
  private static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  public String utc(Instant instant) {
    return instant == null ? "" : UTC.format(instant);
  }

  /**
   * The words of a message before its {@code {0}}: a person's name or a record's own text put in a
   * translated sentence is marked apart ({@code <span translate="no">}), so a reader's tools and
   * the crawl know it is not the interface's text (decision 0084). The whole message when it has no
   * {@code {0}}.
   */
  public String before(String message) {
    int at = message == null ? -1 : message.indexOf("{0}");
    return at < 0 ? (message == null ? "" : message) : message.substring(0, at);
  }

  /** The words of a message after its {@code {0}}; none when it has no {@code {0}}. */
  public String after(String message) {
    int at = message == null ? -1 : message.indexOf("{0}");
    return at < 0 ? "" : message.substring(at + 3);
  }
}
