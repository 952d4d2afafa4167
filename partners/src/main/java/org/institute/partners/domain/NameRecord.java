package org.institute.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;
import org.institute.partners.PartnerName;

/** One entry in a partner's name history. */
@Embeddable
public class NameRecord {

  @Column(name = "name_en", nullable = false, length = 300)
  private String nameEn;

  @Column(name = "name_zh", length = 300)
  private String nameZh;

  @Column(name = "valid_from", nullable = false)
  private LocalDate validFrom;

  protected NameRecord() {}

  NameRecord(String nameEn, String nameZh, LocalDate validFrom) {
    this.nameEn = nameEn;
    this.nameZh = nameZh;
    this.validFrom = validFrom;
  }

  LocalDate validFrom() {
    return validFrom;
  }

  PartnerName view() {
    return new PartnerName(nameEn, nameZh, validFrom);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof NameRecord n
        && nameEn.equals(n.nameEn)
        && Objects.equals(nameZh, n.nameZh)
        && validFrom.equals(n.validFrom);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nameEn, nameZh, validFrom);
  }
}
