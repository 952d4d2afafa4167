package org.institute.web.reports.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.AccessRefusedException;
import org.institute.records.ProjectQuery;
import org.institute.records.PublicationQuery;
import org.institute.reporting.AnnualReport;
import org.institute.reporting.AnnualReports;
import org.institute.web.core.faces.LanguageBean;
import org.institute.web.platform.export.Table;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.platform.faces.Messages;
import org.institute.web.records.RecordTables;
import org.institute.web.reports.AnnualReportFiles;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The reports page. Generating the annual report runs as its own request that the page does not
 * wait for (PrimeFaces {@code async}); a poll reads its progress and, when it is done, the page
 * offers the file. The lists of the records area download from the same page.
 */
@Named("reports")
@ViewScoped
public class ReportsBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(ReportsBean.class.getName());

  /** The lists this page exports, by the name the page passes. */
  public static final List<String> LISTS = List.of("kpis", "centres", "projects", "publications");

  @Inject private AnnualReports reports;
  @Inject private org.institute.web.reports.ReportTables reportTables;
  @Inject private AnnualReportFiles files;
  @Inject private ReportProgress progress;
  @Inject private RecordTables tables;
  @Inject private LanguageBean language;

  private Integer year = LocalDate.now(ZoneOffset.UTC).getYear() - 1;
  private String format = "pdf";
  private volatile byte[] result;
  private volatile String resultName;
  private volatile String resultType;
  private volatile boolean running;
  private volatile boolean failed;
  private volatile String generationId;

  /** Generates the report; the page polls {@link #getPercent} meanwhile. */
  public void generate() {
    if (running) {
      return;
    }
    if (year == null || year < AnnualReports.FIRST_YEAR || year > AnnualReports.LAST_YEAR) {
      Messages.error(
          "report:year",
          "report.yearOutOfRange",
          String.valueOf(AnnualReports.FIRST_YEAR),
          String.valueOf(AnnualReports.LAST_YEAR));
      return;
    }
    String f = AnnualReportFiles.format(format);
    running = true;
    failed = false;
    result = null;
    String id = UUID.randomUUID().toString();
    generationId = id;
    AtomicInteger counter = progress.start(id);
    try {
      AnnualReport report = reports.generate(year, counter::set);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      files.write(report, f, language.getLocale(), bytes);
      resultName = AnnualReportFiles.fileName(report.year(), f);
      resultType = AnnualReportFiles.contentType(f);
      result = bytes.toByteArray();
      Messages.info("report.ready", resultName);
    } catch (AccessRefusedException e) {
      failed = true;
      Messages.error(null, "report.refused");
    } catch (IOException | RuntimeException e) {
      failed = true;
      LOG.log(Level.WARNING, "the annual report could not be generated", e);
      Messages.error(null, "report.failed");
    } finally {
      running = false;
      progress.finish(id);
    }
  }

  public int getPercent() {
    if (result != null) {
      return 100;
    }
    return running ? Math.min(99, progress.percent(generationId)) : 0;
  }

  public boolean isDone() {
    return result != null || failed;
  }

  public StreamedContent getDownload() {
    byte[] content = result;
    if (content == null) {
      return null;
    }
    return DefaultStreamedContent.builder()
        .name(resultName)
        .contentType(resultType)
        .contentLength((long) content.length)
        .stream(() -> new ByteArrayInputStream(content))
        .build();
  }

  /** One of {@link #LISTS} as CSV or XLSX, in the caller's scope. */
  public StreamedContent export(String list, String fileFormat) {
    Table<?> table =
        switch (list) {
          case "kpis" -> reportTables.kpis();
          case "centres" -> tables.centres();
          case "projects" -> tables.projects(ProjectQuery.all());
          case "publications" -> tables.publications(new PublicationQuery(null, null, null));
          default -> throw new IllegalArgumentException("no such list: " + list);
        };
    return TableDownload.of(table, fileFormat);
  }

  public List<String> getLists() {
    return LISTS;
  }

  public boolean isRunning() {
    return running;
  }

  public String getResultName() {
    return resultName;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }

  public int getFirstYear() {
    return AnnualReports.FIRST_YEAR;
  }
}
