package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A licensing admin's question about one version of a royalty report, and the licensee's answer
 * (with the version in force when answered: a correction may come with it). Asked once, answered
 * once.
 */
@Entity
@Table(name = "lic_royalty_report_query")
public class ReportQuery {

  public static final int MAX_TEXT = 2000;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "report_id")
  private RoyaltyReport report;

  @Column(name = "query_index", nullable = false)
  private int index;

  @Column(name = "about_version", nullable = false)
  private int aboutVersion;

  @Column(name = "asked_by", nullable = false, length = 64)
  private String askedBy;

  @Column(name = "asked_at", nullable = false)
  private Instant askedAt;

  @Column(nullable = false, length = MAX_TEXT)
  private String question;

  @Column(name = "answered_by", length = 64)
  private String answeredBy;

  @Column(name = "answered_at")
  private Instant answeredAt;

  @Column(length = MAX_TEXT)
  private String answer;

  @Column(name = "answer_version")
  private Integer answerVersion;

  protected ReportQuery() {}

  ReportQuery(
      RoyaltyReport report, int index, int aboutVersion, String by, Instant at, String question) {
    this.report = report;
    this.index = index;
    this.aboutVersion = aboutVersion;
    this.askedBy = by;
    this.askedAt = at;
    this.question = question;
  }

  void answer(String by, Instant at, String text, int inForce) {
    this.answeredBy = by;
    this.answeredAt = at;
    this.answer = text;
    this.answerVersion = inForce;
  }

  public boolean open() {
    return answeredAt == null;
  }

  public int index() {
    return index;
  }

  public int aboutVersion() {
    return aboutVersion;
  }

  public String askedBy() {
    return askedBy;
  }

  public Instant askedAt() {
    return askedAt;
  }

  public String question() {
    return question;
  }

  public String answeredBy() {
    return answeredBy;
  }

  public Instant answeredAt() {
    return answeredAt;
  }

  public String answer() {
    return answer;
  }

  public Integer answerVersion() {
    return answerVersion;
  }
}
