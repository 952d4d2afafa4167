package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.institute.talent.EvaluationKind;
import org.institute.talent.InternshipBoard;
import org.institute.talent.Internships;
import org.institute.talent.PlacementStatus;
import org.institute.web.platform.faces.Messages;

/**
 * The internship board of an intake: positions by host, placements and their steps, evaluations.
 * The steps and the evaluation a caller may take are on each placement's view.
 */
@Named("talentInternships")
@ViewScoped
public class InternshipBoardBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Internships internships;

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

  public String move(long placementId, PlacementStatus status) {
    if (Messages.attempt(null, () -> internships.changeStatus(placementId, status))) {
      return Messages.reloadAfter("internship.moved");
    }
    load();
    return null;
  }

  public void startEvaluation(long placementId) {
    evaluating = placementId;
    kind = EvaluationKind.MID_TERM;
    rating = null;
    comment = null;
  }

  /**
   * Records the evaluation; on success the board is shown again by a redirect (a reload never
   * records it twice), on a refusal the dialog's fields keep what was chosen and typed.
   */
  public String evaluate() {
    if (Messages.attempt(
        "evaluationForm", () -> internships.evaluate(evaluating, kind, rating, comment))) {
      return Messages.reloadAfter("internship.evaluated");
    }
    load();
    return null;
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
