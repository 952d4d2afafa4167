package org.institute.demo.application;

import java.time.LocalDateTime;
import org.institute.talent.CohortView;
import org.institute.talent.DeliveryMode;
import org.institute.talent.NewSession;
import org.institute.talent.Programmes;
import org.institute.talent.SessionView;

/** What the talent demo loaders share: the two time zones of the base and how a session is set. */
final class TalentDemoSteps {
  private TalentDemoSteps() {}

  static final String SINGAPORE = "Asia/Singapore";
  static final String CHONGQING = "Asia/Shanghai";

  /** A three-hour session taught by NTU faculty. */
  static SessionView session(
      Programmes programmes,
      CohortView cohort,
      LocalDateTime start,
      String zone,
      String topic,
      DeliveryMode mode,
      String venue) {
    return programmes.schedule(
        cohort.id(), new NewSession(start, zone, 180, topic, mode, venue, "NTU faculty"));
  }
}
