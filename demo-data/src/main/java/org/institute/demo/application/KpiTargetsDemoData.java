package org.institute.demo.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.institute.core.KpiFigures;
import org.institute.records.KpiTargets;
import org.institute.records.NewKpiTarget;

/**
 * The council's KPI targets: the next phase's (40 projects and 100 patent applications by 2025) and
 * the 2015-2020 track record as announced.
 */
@ApplicationScoped
public class KpiTargetsDemoData {

  @Inject private KpiTargets kpis;

  @Transactional(Transactional.TxType.MANDATORY)
  public void load() {
    LocalDate from2021 = LocalDate.of(2021, 1, 1);
    LocalDate to2025 = LocalDate.of(2025, 12, 31);
    LocalDate from2015 = LocalDate.of(2015, 1, 1);
    LocalDate to2020 = LocalDate.of(2020, 12, 31);
    target(
        "PROJECTS_2025",
        KpiFigures.RESEARCH_PROJECTS,
        "New research projects by 2025",
        "2025年前新增科研项目",
        40,
        from2021,
        to2025);
    target(
        "PATENTS_2025",
        KpiFigures.PATENT_APPLICATIONS,
        "New patent applications by 2025",
        "2025年前新增专利申请",
        100,
        from2021,
        to2025);
    target(
        "PROJECTS_2015_2020",
        KpiFigures.RESEARCH_PROJECTS,
        "Research projects 2015-2020 (track record)",
        "2015—2020年科研项目（已有成绩）",
        45,
        from2015,
        to2020);
    target(
        "PAPERS_2015_2020",
        KpiFigures.PUBLICATIONS,
        "Journal papers 2015-2020 (track record)",
        "2015—2020年期刊论文（已有成绩）",
        90,
        from2015,
        to2020);
    target(
        "PATENTS_2015_2020",
        KpiFigures.PATENT_APPLICATIONS,
        "Patent applications 2015-2020 (track record)",
        "2015—2020年专利申请（已有成绩）",
        70,
        from2015,
        to2020);
    target(
        "LICENCES_2015_2020",
        KpiFigures.LICENCES_EXECUTED,
        "Patents licensed to Chinese companies 2015-2020",
        "2015—2020年向中国企业许可的专利",
        5,
        from2015,
        to2020);
    target(
        "LICENCE_VALUE_2015_2020",
        KpiFigures.LICENCE_INCOME_SGD,
        "Licence value 2015-2020, SGD",
        "2015—2020年许可总值（新元）",
        1_700_000,
        from2015,
        to2020);
  }

  private void target(
      String code, String metric, String en, String zh, long value, LocalDate from, LocalDate to) {
    kpis.define(new NewKpiTarget(code, metric, en, zh, value, from, to));
  }
}
