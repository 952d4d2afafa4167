package org.institute.reporting.application;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.institute.records.ProjectPage;
import org.institute.records.ProjectQuery;
import org.institute.records.ProjectView;
import org.institute.records.PublicationPage;
import org.institute.records.PublicationQuery;
import org.institute.records.PublicationView;
import org.institute.records.ResearchRecords;
import org.institute.reporting.ReportSection;

/** The research projects that started in the year and the papers published in it. */
@RequestScoped
public class ResearchReportSection implements AnnualReportSection {

  private static final int PAGE = 200;

  @Inject private ResearchRecords records;

  @Override
  public int order() {
    return 20;
  }

  @Override
  public ReportSection build(int year) {
    List<List<Object>> projects = new ArrayList<>();
    ProjectQuery projectQuery = new ProjectQuery(null, null, year, "startDate");
    for (int offset = 0; ; offset += PAGE) {
      ProjectPage page = records.projects(projectQuery, offset, PAGE);
      for (ProjectView p : page.projects()) {
        projects.add(
            Arrays.asList(
                p.titleEn(),
                p.titleZh(),
                p.centreCode(),
                p.startDate(),
                p.endDate(),
                p.budgetAmount(),
                p.budgetCurrency(),
                p.status()));
      }
      if (page.projects().size() < PAGE) {
        break;
      }
    }
    List<List<Object>> papers = new ArrayList<>();
    PublicationQuery paperQuery = new PublicationQuery(null, year, "title");
    for (int offset = 0; ; offset += PAGE) {
      PublicationPage page = records.publications(paperQuery, offset, PAGE);
      for (PublicationView p : page.publications()) {
        papers.add(Arrays.asList(p.title(), p.journal(), p.doi()));
      }
      if (page.publications().size() < PAGE) {
        break;
      }
    }
    return new ReportSection(
        "research",
        "Research projects and publications of " + year,
        year + "年研究项目与论文",
        List.of(
            new ReportSection.Note(
                projects.size()
                    + " research projects started and "
                    + papers.size()
                    + " papers were published in "
                    + year
                    + ".",
                year + "年启动研究项目" + projects.size() + "项，发表论文" + papers.size() + "篇。"),
            new ReportSection.Table(
                "Projects started in " + year,
                year + "年启动的项目",
                List.of(
                    "Title",
                    "Title (Chinese)",
                    "Centre",
                    "Start",
                    "End",
                    "Budget",
                    "Currency",
                    "Status"),
                List.of("题目", "中文题目", "中心", "开始", "结束", "预算", "币种", "状态"),
                projects),
            new ReportSection.Table(
                "Papers published in " + year,
                year + "年发表的论文",
                List.of("Title", "Journal", "DOI"),
                List.of("题目", "期刊", "DOI"),
                papers)));
  }
}
