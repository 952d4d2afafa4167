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
}
