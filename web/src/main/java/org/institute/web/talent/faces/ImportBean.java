package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.institute.talent.BulkEnrolment;
import org.institute.talent.CohortDetail;
import org.institute.talent.ImportReport;
import org.institute.talent.Programmes;
import org.institute.web.platform.faces.Messages;
import org.institute.web.platform.faces.UploadedBytes;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The bulk enrolment wizard: upload and preview, confirm, watch the progress bar, read the result.
 * The confirmation runs as its own request that the page does not wait for (PrimeFaces {@code
 * async}), while a poll reads how many rows are done.
 */
@Named("talentImport")
@ViewScoped
public class ImportBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BulkEnrolment bulk;
  @Inject private Programmes programmes;
  @Inject private ImportProgress progress;

  private Long cohort;
  private CohortDetail detail;
  private transient Part file;
  private byte[] content;
  private String fileName;
  private ImportReport preview;
  private volatile ImportReport result;
  private volatile boolean running;
  private String importId;

  public void load() {
    if (cohort != null) {
      detail = programmes.cohort(cohort).orElse(null);
    }
  }

  public void upload() {
    if (file == null || file.getSize() == 0) {
      Messages.error("upload:file", "import.empty");
      return;
    }
    if (file.getSize() > BulkEnrolment.MAX_BYTES) {
      Messages.error("upload:file", "import.tooLarge");
      return;
    }
    byte[] bytes = UploadedBytes.of(file);
    String name = file.getSubmittedFileName();
    result = null;
    Messages.attempt(
        "upload",
        () -> {
          preview = bulk.preview(cohort, bytes);
          content = bytes;
          fileName = name;
        });
  }

  /**
   * Enrols the acceptable rows; the page polls {@link #getPercent} meanwhile. When done, the
   * cohort's page follows by a redirect with the result, so the roster shows who came in and the
   * import is not sent twice; on a refusal the page stays with the reason.
   */
  public String confirm() {
    if (content == null || running) {
      return null;
    }
    running = true;
    importId = UUID.randomUUID().toString();
    AtomicInteger counter = progress.start(importId);
    try {
      if (Messages.attempt(null, () -> result = bulk.confirm(cohort, content, counter::set))) {
        Messages.infoAfterRedirect(
            "import.done", result.toEnrol(), result.toWaitlist(), result.rejected());
        return "/app/talent/cohort.xhtml?faces-redirect=true&id=" + cohort;
      }
      return null;
    } finally {
      running = false;
      progress.finish(importId);
      content = null;
      preview = null;
    }
  }

  public void cancel() {
    content = null;
    preview = null;
    fileName = null;
  }

  public int getPercent() {
    if (result != null) {
      return 100;
    }
    if (preview == null || importId == null || preview.rows() == 0) {
      return 0;
    }
    return Math.min(99, progress.rowsDone(importId) * 100 / preview.rows());
  }

  public StreamedContent getTemplate() {
    byte[] bytes = bulk.template().getBytes(StandardCharsets.UTF_8);
    return DefaultStreamedContent.builder()
        .name("enrolment-template.csv")
        .contentType("text/csv;charset=utf-8")
        .stream(() -> new ByteArrayInputStream(bytes))
        .build();
  }

  public Long getCohort() {
    return cohort;
  }

  public void setCohort(Long cohort) {
    this.cohort = cohort;
  }

  public CohortDetail getDetail() {
    return detail;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getFileName() {
    return fileName;
  }

  public ImportReport getPreview() {
    return preview;
  }

  public ImportReport getResult() {
    return result;
  }

  public boolean isRunning() {
    return running;
  }
}
