package org.institute.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.institute.records.NewKpiTarget;

/** A target for one metric over a period, under a unique code. */
@Entity
@Table(name = "rec_kpi_target")
public class KpiTarget {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 40, unique = true)
  private String code;

  @Column(nullable = false, length = 40)
  private String metric;

  @Column(name = "label_en", nullable = false, length = 200)
  private String labelEn;

  @Column(name = "label_zh", length = 200)
  private String labelZh;

  @Column(name = "target_value", nullable = false)
  private long target;

  @Column(name = "period_from", nullable = false)
  private LocalDate periodFrom;

  @Column(name = "period_to", nullable = false)
  private LocalDate periodTo;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  protected KpiTarget() {}

  public KpiTarget(NewKpiTarget t, Instant now) {
    this.code = t.code();
    this.metric = t.metric();
    this.labelEn = t.labelEn().trim();
    this.labelZh = t.labelZh() == null || t.labelZh().isBlank() ? null : t.labelZh().trim();
    this.target = t.target();
    this.periodFrom = t.periodFrom();
    this.periodTo = t.periodTo();
    this.createdAt = now;
  }

  public String code() {
    return code;
  }

  public String metric() {
    return metric;
  }

  public String labelEn() {
    return labelEn;
  }

  public String labelZh() {
    return labelZh;
  }

  public long target() {
    return target;
  }

  public LocalDate periodFrom() {
    return periodFrom;
  }

  public LocalDate periodTo() {
    return periodTo;
  }
}
