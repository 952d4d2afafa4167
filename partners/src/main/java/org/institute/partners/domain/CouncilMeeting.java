package org.institute.partners.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.institute.partners.Council;
import org.institute.partners.CouncilAction;
import org.institute.partners.DecisionOutcome;

/** A meeting of the Governing Council with its numbered decisions and minutes. */
@Entity
@Table(name = "ptn_council_meeting")
public class CouncilMeeting {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "held_on", nullable = false)
  private LocalDate heldOn;

  @Column(nullable = false, length = 300)
  private String title;

  @Column(length = 200)
  private String location;

  @Column(name = "minutes_document_id")
  private Long minutesDocumentId;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "ptn_council_decision", joinColumns = @JoinColumn(name = "meeting_id"))
  @OrderBy("number")
  private List<DecisionRecord> decisions = new ArrayList<>();

  protected CouncilMeeting() {}

  public CouncilMeeting(Council.NewMeeting m) {
    this.heldOn = m.heldOn();
    this.title = m.title().trim();
    this.location = m.location() == null || m.location().isBlank() ? null : m.location().trim();
  }

  /**
   * Adds a decision under the next number of this meeting and the given reference. The reference
   * (unique in the database) is numbered per year by the service.
   */
  public Council.Decision decide(String reference, String text, DecisionOutcome outcome) {
    DecisionRecord d = new DecisionRecord(reference, decisions.size() + 1, text.trim(), outcome);
    decisions.add(d);
    return d.view();
  }

  public void attachMinutes(long documentId) {
    this.minutesDocumentId = documentId;
  }

  public Long id() {
    return id;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public long version() {
    return version;
  }

  public Long minutesDocumentId() {
    return minutesDocumentId;
  }

  /** The meeting as its readers see it, with what the caller may record on it. */
  public Council.Meeting view(Set<CouncilAction> allowedActions) {
    return new Council.Meeting(
        id,
        heldOn,
        title,
        location,
        decisions.stream().map(DecisionRecord::view).toList(),
        minutesDocumentId != null,
        version,
        allowedActions);
  }

  /** One decision of the meeting. */
  @Embeddable
  public static class DecisionRecord {
    @Column(nullable = false, length = 20)
    private String reference;

    @Column(name = "decision_number", nullable = false)
    private int number;

    @Column(name = "decision_text", nullable = false, length = 4000)
    private String text;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DecisionOutcome outcome;

    protected DecisionRecord() {}

    DecisionRecord(String reference, int number, String text, DecisionOutcome outcome) {
      this.reference = reference;
      this.number = number;
      this.text = text;
      this.outcome = outcome;
    }

    Council.Decision view() {
      return new Council.Decision(reference, number, text, outcome);
    }
  }
}
