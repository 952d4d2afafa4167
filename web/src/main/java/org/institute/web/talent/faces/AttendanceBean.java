package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.talent.AttendanceSheet;
import org.institute.talent.Enrolments;
import org.institute.web.platform.faces.Messages;

/** The attendance sheet of one session: everyone present by default, untick the absent. */
@Named("talentAttendance")
@ViewScoped
public class AttendanceBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Enrolments enrolments;

  private Long cohort;
  private Long session;
  private AttendanceSheet sheet;
  private final Map<Long, Boolean> present = new HashMap<>();

  public void load() {
    if (cohort == null || session == null) {
      return;
    }
    Messages.attempt(null, () -> show(enrolments.attendance(cohort, session)));
  }

  private void show(AttendanceSheet loaded) {
    sheet = loaded;
    present.clear();
    loaded.marks().forEach(m -> present.put(m.enrolmentId(), m.present() == null || m.present()));
  }

  /** Records the sheet; on success it is shown again by a redirect, so a reload records nothing. */
  public String save() {
    Set<Long> absent =
        present.entrySet().stream()
            .filter(e -> !Boolean.TRUE.equals(e.getValue()))
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    AttendanceSheet[] saved = new AttendanceSheet[1];
    if (Messages.attempt(
        null, () -> saved[0] = enrolments.recordAttendance(cohort, session, absent))) {
      return Messages.reloadAfter(
          "talent.attendanceSaved", saved[0].marks().size() - absent.size(), absent.size());
    }
    return null;
  }

  public void allPresent() {
    present.replaceAll((k, v) -> Boolean.TRUE);
  }

  public Long getCohort() {
    return cohort;
  }

  public void setCohort(Long cohort) {
    this.cohort = cohort;
  }

  public Long getSession() {
    return session;
  }

  public void setSession(Long session) {
    this.session = session;
  }

  public AttendanceSheet getSheet() {
    return sheet;
  }

  public Map<Long, Boolean> getPresent() {
    return present;
  }
}
