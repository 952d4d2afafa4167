package org.institute.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A patent family of the IP licensing module linked to a research project as one of its outputs,
 * with who linked it and when. The family is held by id: the licensing module owns it. Made only
 * through {@link ProjectPatentFamilies#link}, which enforces the rules.
 */
@Entity
@Table(name = "rec_project_patent_family")
public class ProjectPatentFamily {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "project_id", nullable = false)
  private long projectId;

  @Column(name = "family_id", nullable = false)
  private long familyId;

  @Column(name = "linked_by", nullable = false, length = 64)
  private String linkedBy;

  @Column(name = "linked_at", nullable = false)
  private Instant linkedAt;

  protected ProjectPatentFamily() {}

  ProjectPatentFamily(long projectId, long familyId, String linkedBy, Instant linkedAt) {
    this.projectId = projectId;
    this.familyId = familyId;
    this.linkedBy = linkedBy;
    this.linkedAt = linkedAt;
  }

  public long projectId() {
    return projectId;
  }

  public long familyId() {
    return familyId;
  }

  public String linkedBy() {
    return linkedBy;
  }

  public Instant linkedAt() {
    return linkedAt;
  }
}
