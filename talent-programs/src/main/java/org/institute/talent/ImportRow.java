package org.institute.talent;

import java.io.Serializable;

/**
 * One data row of a bulk enrolment file: its line number in the file, the e-mail it names, what
 * happens (or happened) to it, and for a rejected row the reason as a message key.
 */
public record ImportRow(int line, String email, String name, Outcome outcome, String reason)
    implements Serializable {
  public enum Outcome {
    ENROL,
    WAITLIST,
    REJECTED
  }
}
