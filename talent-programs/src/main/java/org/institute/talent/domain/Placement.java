package org.institute.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.talent.EvaluationKind;
import org.institute.talent.PlacementStatus;

/**
 * An NTU student's application for a position and, if it goes well, their placement: applied,
 * shortlisted, offered, accepted, completed; withdrawn at any step before completion. Completion
 * needs the host's final evaluation.
 */
@Entity
@Table(name = "tal_placement")
public class Placement {

  private static final Map<PlacementStatus, Set<PlacementStatus>> NEXT =
      Map.of(
          PlacementStatus.APPLIED, Set.of(PlacementStatus.SHORTLISTED, PlacementStatus.WITHDRAWN),
          PlacementStatus.SHORTLISTED, Set.of(PlacementStatus.OFFERED, PlacementStatus.WITHDRAWN),
          PlacementStatus.OFFERED, Set.of(PlacementStatus.ACCEPTED, PlacementStatus.WITHDRAWN),
          PlacementStatus.ACCEPTED, Set.of(PlacementStatus.COMPLETED, PlacementStatus.WITHDRAWN),
          PlacementStatus.COMPLETED, Set.of(),
          PlacementStatus.WITHDRAWN, Set.of());

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "position_id", nullable = false)
  private long positionId;

  @Column(name = "participant_id", nullable = false)
  private long participantId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private PlacementStatus status;

  @Column(name = "applied_at", nullable = false)
  private Instant appliedAt;

  @Column(name = "changed_at", nullable = false)
  private Instant changedAt;

  @Column(name = "mid_rating")
  private Integer midRating;

  @Column(name = "mid_comment", length = 2000)
  private String midComment;

  @Column(name = "final_rating")
  private Integer finalRating;

  @Column(name = "final_comment", length = 2000)
  private String finalComment;

  @Version private long version;

  protected Placement() {}

  /** An application; only NTU students may apply. */
  public Placement(Position position, Participant student, Instant now) {
    if (!student.isNtuStudent()) {
      throw InvalidCommandException.of("participantId", "enrolment.ntuStudentsOnly");
    }
    this.positionId = position.id();
    this.participantId = student.id();
    this.status = PlacementStatus.APPLIED;
    this.appliedAt = now;
    this.changedAt = now;
  }

  /** The statuses a placement in {@code status} may move to next. */
  public static Set<PlacementStatus> nextSteps(PlacementStatus status) {
    return NEXT.get(status);
  }

  void moveTo(PlacementStatus next, Instant now) {
    if (!NEXT.get(status).contains(next)) {
      throw new ConflictException("placement.wrongStep");
    }
    if (next == PlacementStatus.COMPLETED && finalRating == null) {
      throw new ConflictException("placement.finalEvaluationMissing");
    }
    this.status = next;
    this.changedAt = now;
  }

  /** Records the host's evaluation of an accepted (working) intern. */
  public void evaluate(EvaluationKind kind, Integer rating, String comment, Instant now) {
    if (kind == null) {
      throw InvalidCommandException.of("kind", "field.required");
    }
    if (rating == null || rating < 1 || rating > 5) {
      throw InvalidCommandException.of("rating", "evaluation.rating.invalid");
    }
    if (comment != null && comment.length() > 2000) {
      throw InvalidCommandException.of("comment", "field.tooLong");
    }
    if (status != PlacementStatus.ACCEPTED) {
      throw new ConflictException("placement.notWorking");
    }
    String text = Text.blankToNull(comment);
    if (kind == EvaluationKind.MID_TERM) {
      midRating = rating;
      midComment = text;
    } else {
      finalRating = rating;
      finalComment = text;
    }
    changedAt = now;
  }

  public Long id() {
    return id;
  }

  public long positionId() {
    return positionId;
  }

  public long participantId() {
    return participantId;
  }

  public PlacementStatus status() {
    return status;
  }

  public Integer midRating() {
    return midRating;
  }

  public String midComment() {
    return midComment;
  }

  public Integer finalRating() {
    return finalRating;
  }

  public String finalComment() {
    return finalComment;
  }
}
