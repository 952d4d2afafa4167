package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A new patent family: its invention, priority date and first co-owners (from {@code
 * priorityDate}).
 */
public record NewPatentFamily(
    String reference,
    String title,
    String technologyField,
    LocalDate priorityDate,
    List<Share> owners)
    implements Serializable {

  public NewPatentFamily {
    owners = owners == null ? List.of() : List.copyOf(owners);
  }
}
