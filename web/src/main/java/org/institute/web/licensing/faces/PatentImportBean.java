package org.institute.web.licensing.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.licensing.PatentFileFormat;
import org.institute.licensing.PatentImport;
import org.institute.licensing.PatentImportReport;
import org.institute.licensing.PatentImports;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.web.platform.faces.FileImportBean;
import org.institute.web.platform.faces.KeptFiles;
import org.institute.web.platform.faces.Messages;

/**
 * Importing patent families from a file (decision 0100), into the families of an owner if one is
 * chosen; the kept file, the dry run, the confirmed import and its redirect are {@link
 * FileImportBean}'s.
 */
@Named("licPatentImport")
@ViewScoped
public class PatentImportBean extends FileImportBean<PatentImportReport, PatentFileFormat> {
  private static final long serialVersionUID = 1L;

  static final String FORM = "patentImport";

  @Inject private PatentImports imports;
  @Inject private LicensingAccess access;
  @Inject private PartnerDirectory partners;

  private Long owner;
  private transient List<PartnerSummary> partnerChoices;

  public PatentImportBean() {
    super(FORM, PatentImportReport.class, PatentFileFormat.class, "lic.import.notAllowed");
  }

  @Override
  protected boolean mayImport() {
    return access.may(LicensingAction.REGISTER_FAMILY);
  }

  /** The format the file's content shows. */
  @Override
  protected PatentFileFormat formatOf(KeptFiles.Kept upload) {
    return PatentFileFormat.of(upload.content());
  }

  @Override
  protected PatentImportReport importFile(
      KeptFiles.Kept upload, PatentFileFormat chosen, boolean dryRun) {
    return imports.importPatents(
        new PatentImport(upload.fileName(), chosen, upload.content(), owner, dryRun));
  }

  @Override
  protected String importRef(PatentImportReport report) {
    return report.importRef();
  }

  @Override
  protected void sayDone(PatentImportReport report) {
    Messages.infoAfterRedirect(
        "lic.import.done", report.fileName(), report.created(), report.merged());
  }

  @Override
  protected String resultPage() {
    return "/app/licensing/patent-import.xhtml?faces-redirect=true";
  }

  /** The confirmation's words: what the import will change, from the preview. */
  public String getConfirmText() {
    PatentImportReport preview = getPreview();
    return preview == null
        ? ""
        : Messages.text(
            "lic.import.confirm",
            preview.fileName(),
            preview.created(),
            preview.merged(),
            preview.refused());
  }

  /** "2 new families, 1 merged, 0 unchanged, 3 refused" in the reader's language. */
  public String counts(PatentImportReport report) {
    return Messages.text(
        "lic.import.counts",
        report.created(),
        report.merged(),
        report.unchanged(),
        report.refused());
  }

  public List<PartnerSummary> getPartners() {
    if (partnerChoices == null) {
      partnerChoices = partners.all();
    }
    return partnerChoices;
  }

  public Long getOwner() {
    return owner;
  }

  public void setOwner(Long owner) {
    this.owner = owner;
  }
}
