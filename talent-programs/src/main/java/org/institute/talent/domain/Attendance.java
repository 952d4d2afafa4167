package org.institute.talent.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** Whether one enrolled participant attended one session. */
@Entity
@Table(name = "tal_attendance")
@IdClass(Attendance.Key.class)
public class Attendance {

  @Id
  @Column(name = "session_id")
  private long sessionId;

  @Id
  @Column(name = "enrolment_id")
  private long enrolmentId;

  @Column(nullable = false)
  private boolean present;

  protected Attendance() {}

  public Attendance(long sessionId, long enrolmentId, boolean present) {
    this.sessionId = sessionId;
    this.enrolmentId = enrolmentId;
    this.present = present;
  }

  public void mark(boolean present) {
    this.present = present;
  }

  public long sessionId() {
    return sessionId;
  }

  public long enrolmentId() {
    return enrolmentId;
  }

  public boolean present() {
    return present;
  }

  /** The composite key: session and enrolment. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private long sessionId;
    private long enrolmentId;

    public Key() {}

    public Key(long sessionId, long enrolmentId) {
      this.sessionId = sessionId;
      this.enrolmentId = enrolmentId;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.sessionId == sessionId && k.enrolmentId == enrolmentId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(sessionId, enrolmentId);
    }
  }
}
