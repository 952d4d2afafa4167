package org.institute.licensing.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.institute.licensing.DealAction;
import org.institute.licensing.DealEventView;
import org.institute.licensing.DealState;

/** One entry of a deal's timeline. Written once, never changed. */
@Entity
@Table(name = "lic_deal_event")
public class DealEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "deal_id", nullable = false)
  private LicenceDeal deal;

  @Column(name = "at_utc", nullable = false)
  private Instant at;

  @Column(nullable = false, length = 64)
  private String actor;

  @Column(name = "partner_id")
  private Long partnerId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private DealAction action;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_state", length = 32)
  private DealState fromState;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_state", nullable = false, length = 32)
  private DealState toState;

  @Column(name = "comment_text", length = 2000)
  private String comment;

  protected DealEvent() {}

  DealEvent(
      LicenceDeal deal,
      Actor actor,
      Instant at,
      DealAction action,
      DealState from,
      DealState to,
      String comment) {
    this.deal = deal;
    this.actor = actor.username();
    this.partnerId = actor.partnerId();
    this.at = at;
    this.action = action;
    this.fromState = from;
    this.toState = to;
    this.comment = comment;
  }

  public DealEventView view() {
    return new DealEventView(at, actor, action, fromState, toState, partnerId, comment);
  }
}
