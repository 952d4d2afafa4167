package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.institute.core.Caller;
import org.institute.core.Role;
import org.institute.talent.EvaluationKind;
import org.institute.talent.InternshipBoard;
import org.institute.talent.Internships;
import org.institute.talent.PlacementStatus;
import org.institute.talent.PlacementView;
import org.institute.web.platform.faces.Messages;

/**
 * The internship board of an intake: positions by host, placements and their steps, evaluations.
 */
@Named("talentInternships")
@ViewScoped
public class InternshipBoardBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Internships internships;
  @Inject private Caller caller;

  private Long cohort;
  private InternshipBoard board;
  private Long evaluating;
  private EvaluationKind kind = EvaluationKind.MID_TERM;
  private Integer rating;
  private String comment;

  public void load() {
    if (cohort != null) {
      Messages.attempt(null, () -> board = internships.board(cohort));
    }
  }

  public boolean isMayWrite() {
    return caller.hasRole(Role.ADMIN) || caller.hasRole(Role.COORDINATOR);
  }

  /** The steps a placement may take next, for its buttons. */
  public List<PlacementStatus> next(PlacementView p) {
    return switch (p.status()) {
      case APPLIED -> List.of(PlacementStatus.SHORTLISTED, PlacementStatus.WITHDRAWN);
      case SHORTLISTED -> List.of(PlacementStatus.OFFERED, PlacementStatus.WITHDRAWN);
      case OFFERED -> List.of(PlacementStatus.ACCEPTED, PlacementStatus.WITHDRAWN);
      case ACCEPTED -> List.of(PlacementStatus.COMPLETED, PlacementStatus.WITHDRAWN);
      default -> List.of();
    };
  }

  public void move(long placementId, PlacementStatus status) {
    Messages.attempt(
        null,
        () -> {
          internships.changeStatus(placementId, status);
          Messages.info("internship.moved");
        });
    load();
  }

  public void startEvaluation(long placementId) {
    evaluating = placementId;
    kind = EvaluationKind.MID_TERM;
    rating = null;
    comment = null;
  }

  public void evaluate() {
    if (Messages.attempt(
        "evaluationForm",
        () -> {
          internships.evaluate(evaluating, kind, rating, comment);
          Messages.info("internship.evaluated");
        })) {
      evaluating = null;
    }
    load();
  }

  public List<Integer> getRatings() {
    return List.of(1, 2, 3, 4, 5);
  }

  public EvaluationKind[] getKinds() {
    return EvaluationKind.values();
  }

  public Long getCohort() {
    return cohort;
  }

  public void setCohort(Long cohort) {
    this.cohort = cohort;
  }

  public InternshipBoard getBoard() {
    return board;
  }

  public Long getEvaluating() {
    return evaluating;
  }

  public EvaluationKind getKind() {
    return kind;
  }

  public void setKind(EvaluationKind kind) {
    this.kind = kind;
  }

  public Integer getRating() {
    return rating;
  }

  public void setRating(Integer rating) {
    this.rating = rating;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
