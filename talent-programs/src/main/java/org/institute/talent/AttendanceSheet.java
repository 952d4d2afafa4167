package org.institute.talent;

import java.io.Serializable;
import java.util.List;

/** Who attended one session: every seated enrolment with its mark (null while not yet taken). */
public record AttendanceSheet(SessionView session, List<Mark> marks) implements Serializable {
  public record Mark(long enrolmentId, String nameLatin, String nameZh, Boolean present)
      implements Serializable {}
}
