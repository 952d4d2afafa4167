package org.institute.partners.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.institute.core.PartnerId;
import org.institute.partners.Council;
import org.institute.partners.CouncilRole;

/** A seat on the Governing Council, held by a person for a partner. */
@Entity
@Table(name = "ptn_council_member")
public class CouncilMember {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 200)
  private String name;

  @Column(name = "name_zh", length = 200)
  private String nameZh;

  @Column(length = 200)
  private String title;

  @Column(name = "title_zh", length = 200)
  private String titleZh;

  @Column(name = "partner_id", nullable = false)
  private long partnerId;

  @Enumerated(EnumType.STRING)
  @Column(name = "council_role", nullable = false, length = 16)
  private CouncilRole role;

  @Column(nullable = false)
  private LocalDate since;

  @Column(name = "until_date")
  private LocalDate until;

  @Version private long version;

  protected CouncilMember() {}

  public CouncilMember(Council.NewMember m) {
    this.name = m.name().trim();
    this.nameZh = m.nameZh() == null || m.nameZh().isBlank() ? null : m.nameZh().trim();
    this.title = m.title() == null || m.title().isBlank() ? null : m.title().trim();
    this.titleZh =
        this.title == null || m.titleZh() == null || m.titleZh().isBlank()
            ? null
            : m.titleZh().trim();
    this.partnerId = m.partner().value();
    this.role = m.role();
    this.since = m.since();
  }

  public Council.Member view(String partnerCode) {
    return new Council.Member(
        id,
        name,
        nameZh,
        title,
        titleZh,
        new PartnerId(partnerId),
        partnerCode,
        role,
        since,
        until);
  }

  public long partnerId() {
    return partnerId;
  }
}
