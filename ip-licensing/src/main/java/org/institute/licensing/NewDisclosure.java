package org.institute.licensing;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * An invention disclosure: what was invented (its title in English, and in Chinese if given), by
 * whom (contributions summing to exactly 100 %), its technology field if known, the related
 * research project, and the date of the first public disclosure if there was one.
 */
public record NewDisclosure(
    String title,
    String titleZh,
    TechnologyField technologyField,
    String abstractText,
    String researchProject,
    LocalDate firstPublicDisclosure,
    List<Inventor> inventors)
    implements Serializable {

  public NewDisclosure {
    inventors = inventors == null ? List.of() : List.copyOf(inventors);
  }
}
