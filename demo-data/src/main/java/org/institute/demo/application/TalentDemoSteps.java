package org.institute.demo.application;

import java.time.LocalDateTime;
import java.util.Map;
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

  /** The demo sessions' topics in Chinese. */
  private static final Map<String, String> TOPICS_ZH =
      Map.of(
          "Leading a growth company", "领导成长型企业",
          "Governance and finance", "公司治理与财务",
          "Data platforms", "数据平台",
          "Opportunity recognition", "识别创业机会",
          "Lean start-up in practice", "精益创业实践",
          "Funding and valuation", "融资与估值",
          "Scaling in western China", "在中国西部扩大规模",
          "Pitch day", "路演日");

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
        cohort.id(),
        new NewSession(start, zone, 180, topic, TOPICS_ZH.get(topic), mode, venue, "NTU faculty"));
  }
}
