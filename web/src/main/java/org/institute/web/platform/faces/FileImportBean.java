package org.institute.web.platform.faces;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;

/**
 * What every page that imports records from a file shares (decisions 0089 and 0100): the file is
 * chosen once and kept across refusals ({@link KeptUploads}), a dry run shows the plan record by
 * record, the import is confirmed and then shown after its redirect ({@code ?result=IMP-...}, the
 * report kept in {@link RecentResults}). The format is the one chosen in the form, or else the one
 * the file shows. A page's bean says who may import, what format a file shows, runs the import and
 * names the page that shows its result.
 *
 * @param <R> the import's report
 * @param <F> the file formats it reads
 */
public abstract class FileImportBean<R extends Serializable, F extends Enum<F>>
    implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private KeptUploads keptUploads;
  @Inject private RecentResults results;

  private final String form;
  private final String fileField;
  private final Class<R> reportType;
  private final Class<F> formatType;
  private final String notAllowedKey;

  private transient Part file;
  private String format = "";
  private String result;
  private R preview;
  private R done;
  private boolean allowed;

  /**
   * @param form the form's id; its file field is {@code form:file}
   * @param reportType the report's type, to find it again after the redirect
   * @param formatType the formats offered; the one chosen is named in the form
   * @param notAllowedKey the message shown to a caller who may not import
   */
  protected FileImportBean(
      String form, Class<R> reportType, Class<F> formatType, String notAllowedKey) {
    this.form = form;
    this.fileField = form + ":file";
    this.reportType = reportType;
    this.formatType = formatType;
    this.notAllowedKey = notAllowedKey;
  }

  /** Whether the caller may import here, as the module's policy says. */
  protected abstract boolean mayImport();

  /** The file's format when none is chosen, as the file shows it; a refusal is thrown. */
  protected abstract F formatOf(KeptFiles.Kept upload);

  /** The import of the file in its format, a dry run or applied; a refusal is thrown. */
  protected abstract R importFile(KeptFiles.Kept upload, F format, boolean dryRun);

  /** The report's import reference, which names the result in the address. */
  protected abstract String importRef(R report);

  /** Says, after the redirect, what the import applied. */
  protected abstract void sayDone(R report);

  /** The page that shows the result, with {@code faces-redirect} and its own parameters. */
  protected abstract String resultPage();

  /** The formats the form offers, beside "as the file shows". */
  public List<F> getFormats() {
    return List.of(formatType.getEnumConstants());
  }

  /** Reads the address: the result of an import just made, if any. */
  public void open() {
    if (FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    allowed = mayImport();
    if (!allowed) {
      Messages.error(null, notAllowedKey);
      return;
    }
    if (result != null) {
      done = results.find(result, reportType).orElse(null);
    }
  }

  /** The dry run: the plan of every record, nothing changed. */
  public String preview() {
    preview = run(true);
    return null;
  }

  /** The import, confirmed: applied in one transaction, then shown after a redirect. */
  public String commit() {
    R report = run(false);
    if (report == null) {
      return null;
    }
    keptUploads.done(fileField);
    results.keep(importRef(report), report);
    sayDone(report);
    return resultPage() + "&result=" + importRef(report);
  }

  private R run(boolean dryRun) {
    try {
      KeptFiles.Kept upload = keptUploads.of(fileField).orElse(null);
      if (upload == null) {
        throw InvalidCommandException.of("file", "lic.import.file.required");
      }
      F chosen =
          format == null || format.isBlank() ? formatOf(upload) : Enum.valueOf(formatType, format);
      return importFile(upload, chosen, dryRun);
    } catch (InvalidCommandException refused) {
      keptUploads.refused(fileField, refused, "file");
      preview = null;
      Messages.show(form, refused);
      return null;
    } catch (AccessRefusedException refused) {
      Messages.error(null, "command.refused");
      return null;
    } finally {
      file = null;
    }
  }

  public boolean isAllowed() {
    return allowed;
  }

  public R getPreview() {
    return preview;
  }

  public R getDone() {
    return done;
  }

  public String getResult() {
    return result;
  }

  public void setResult(String result) {
    this.result = result;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getFormat() {
    return format;
  }

  public void setFormat(String format) {
    this.format = format;
  }
}
