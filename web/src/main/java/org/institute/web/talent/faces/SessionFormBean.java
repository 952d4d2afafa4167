package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.institute.talent.CohortAction;
import org.institute.talent.CohortDetail;
import org.institute.talent.DeliveryMode;
import org.institute.talent.NewSession;
import org.institute.talent.Programmes;
import org.institute.talent.SessionView;
import org.institute.web.platform.faces.Messages;

/**
 * The session form: schedules a session of a cohort ({@code session-edit.xhtml?cohort=}) or moves
 * or renames one ({@code &session=}): local date and time in the zone where it happens, length,
 * topic in English and Chinese, delivery, venue and trainer. A save goes to the cohort's page.
 */
@Named("sessionForm")
@ViewScoped
public class SessionFormBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The zones sessions happen in: the Singapore campus and the Chongqing base. */
  public static final List<String> ZONES = List.of("Asia/Singapore", "Asia/Shanghai");

  @Inject private Programmes programmes;

  private Long cohortId;
  private Long sessionId;
  private CohortDetail cohort;
  private SessionView view;
  private boolean missing;
  private LocalDate date;
  private LocalTime time;
  private String zoneId = "Asia/Singapore";
  private Integer durationMinutes = 180;
  private String topic;
  private String topicZh;
  private DeliveryMode deliveryMode;
  private String venue;
  private String trainer;

  /** Finds the cohort and, when revising, its session, once. */
  public void load() {
    if (cohort != null || missing) {
      return;
    }
    cohort = cohortId == null ? null : programmes.cohort(cohortId).orElse(null);
    if (cohort == null) {
      missing = true;
      return;
    }
    if (sessionId != null) {
      view = cohort.sessions().stream().filter(s -> s.id() == sessionId).findFirst().orElse(null);
      if (view == null) {
        missing = true;
        return;
      }
      date = view.localStart().toLocalDate();
      time = view.localStart().toLocalTime();
      zoneId = view.zoneId();
      durationMinutes = view.durationMinutes();
      topic = view.topic();
      topicZh = view.topicZh();
      deliveryMode = view.deliveryMode();
      venue = view.venue();
      trainer = view.trainer();
    }
  }

  /** Whether the caller may schedule or change the cohort's sessions. */
  public boolean isAllowed() {
    return !missing && cohort.cohort().allows(CohortAction.SCHEDULE_SESSION);
  }

  public String save() {
    NewSession values =
        new NewSession(
            date == null || time == null ? null : LocalDateTime.of(date, time),
            zoneId,
            durationMinutes,
            topic,
            topicZh,
            deliveryMode,
            venue,
            trainer);
    boolean ok =
        Messages.attempt(
            "sessionForm",
            field -> "startsAt".equals(field) ? "date" : field,
            () -> {
              if (view == null) {
                programmes.schedule(cohortId, values);
              } else {
                programmes.reschedule(cohortId, view.id(), values);
              }
            });
    if (!ok) {
      return null;
    }
    Messages.infoAfterRedirect(view == null ? "session.scheduled" : "session.rescheduled");
    return "/app/talent/cohort.xhtml?faces-redirect=true&id=" + cohortId;
  }

  public List<String> getZones() {
    return ZONES;
  }

  public List<DeliveryMode> getModes() {
    return Arrays.asList(DeliveryMode.values());
  }

  public CohortDetail getCohort() {
    return cohort;
  }

  public SessionView getView() {
    return view;
  }

  public boolean isMissing() {
    return missing;
  }

  public Long getCohortId() {
    return cohortId;
  }

  public void setCohortId(Long cohortId) {
    this.cohortId = cohortId;
  }

  public Long getSessionId() {
    return sessionId;
  }

  public void setSessionId(Long sessionId) {
    this.sessionId = sessionId;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public LocalTime getTime() {
    return time;
  }

  public void setTime(LocalTime time) {
    this.time = time;
  }

  public String getZoneId() {
    return zoneId;
  }

  public void setZoneId(String zoneId) {
    this.zoneId = zoneId;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public String getTopic() {
    return topic;
  }

  public void setTopic(String topic) {
    this.topic = topic;
  }

  public String getTopicZh() {
    return topicZh;
  }

  public void setTopicZh(String topicZh) {
    this.topicZh = topicZh;
  }

  public DeliveryMode getDeliveryMode() {
    return deliveryMode;
  }

  public void setDeliveryMode(DeliveryMode deliveryMode) {
    this.deliveryMode = deliveryMode;
  }

  public String getVenue() {
    return venue;
  }

  public void setVenue(String venue) {
    this.venue = venue;
  }

  public String getTrainer() {
    return trainer;
  }

  public void setTrainer(String trainer) {
    this.trainer = trainer;
  }
}
