package org.institute.talent.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AttendanceTest {

  @Test
  void attendanceIsMarkedAndCorrected() {
    Attendance a = new Attendance(3, 8, false);

    assertThat(a.sessionId()).isEqualTo(3);
    assertThat(a.enrolmentId()).isEqualTo(8);
    assertThat(a.present()).isFalse();

    a.mark(true);
    assertThat(a.present()).isTrue();
    a.mark(false);
    assertThat(a.present()).isFalse();
  }

  @Test
  void keysAreEqualWhenSessionAndEnrolmentAre() {
    Attendance.Key key = new Attendance.Key(3, 8);

    assertThat(key).isEqualTo(new Attendance.Key(3, 8));
    assertThat(key).hasSameHashCodeAs(new Attendance.Key(3, 8));
    assertThat(key).isNotEqualTo(new Attendance.Key(3, 9));
    assertThat(key).isNotEqualTo(new Attendance.Key(4, 8));
    assertThat(key).isNotEqualTo(new Attendance.Key(8, 3));
    assertThat(key).isNotEqualTo("3-8");
    assertThat(new Attendance.Key()).isEqualTo(new Attendance.Key(0, 0));
  }
}
