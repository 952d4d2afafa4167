package org.institute.web.records.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.licensing.FamilyRow;
import org.institute.licensing.PatentFamilyRef;
import org.institute.licensing.Patents;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.records.Investigator;
import org.institute.records.ProjectView;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.records.ResearchRecords;
import org.institute.web.platform.faces.Messages;

/** One research project with its outputs; admins link and unlink its patent families here. */
@Named("projectPage")
@ViewScoped
public class ProjectBean implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String FORM = "patentFamilyForm";

  @Inject private ResearchRecords records;
  @Inject private PartnerDirectory partners;
  @Inject private Patents patents;
  @Inject private RecordsAccess access;

  private Long id;
  private ProjectView view;
  private boolean refused;
  private Long familyId;
  private transient Map<PartnerId, String> partnerNames;
  private transient List<FamilyRow> families;

  /** Loads the project named by the id parameter; one outside the caller's scope is not found. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      view = records.project(id).orElse(null);
    } catch (AccessRefusedException e) {
      refused = true;
    }
  }

  /**
   * Links the chosen family; on success the project is shown again by a redirect (a reload never
   * links twice), on a refusal the page stays with the choice and the reason beside it.
   */
  public String link() {
    try {
      ProjectView linkedTo = records.linkPatentFamily(view.id(), familyId);
      PatentFamilyRef linked =
          linkedTo.patentFamilies().stream()
              .filter(f -> f.id() == familyId)
              .findFirst()
              .orElseThrow();
      return Messages.reloadAfter("project.patentFamily.linked", reference(linked));
    } catch (InvalidCommandException problem) {
      Messages.show(FORM, problem);
    } catch (ConflictException conflict) {
      Messages.error(FORM + ":familyId", conflict.messageKey());
    } catch (RecordNotFoundException gone) {
      Messages.error(null, "project.notFound");
    } catch (AccessRefusedException notAdmin) {
      Messages.error(null, "project.patentFamily.notAllowed");
    }
    return null;
  }

  public String unlink(PatentFamilyRef family) {
    try {
      records.unlinkPatentFamily(view.id(), family.id());
      return Messages.reloadAfter("project.patentFamily.unlinked", reference(family));
    } catch (RecordNotFoundException gone) {
      // unlinked meanwhile by someone else: show what is linked now
      load();
      Messages.error(null, "project.patentFamily.notLinked");
    } catch (AccessRefusedException notAdmin) {
      Messages.error(null, "project.patentFamily.notAllowed");
    }
    return null;
  }

  /** The register's families not yet linked to this project, by reference (admins only). */
  public List<FamilyRow> getFamilyChoices() {
    if (families == null) {
      Set<Long> linked =
          view == null
              ? Set.of()
              : view.patentFamilies().stream().map(PatentFamilyRef::id).collect(Collectors.toSet());
      families =
          patents.list(null, "reference", 0, 200).families().stream()
              .filter(f -> !linked.contains(f.id()))
              .toList();
    }
    return families;
  }

  public String reference(PatentFamilyRef family) {
    return family.reference() == null ? "#" + family.id() : family.reference();
  }

  public String partnerNames(ProjectView p) {
    return p.partners().stream().map(this::partnerName).sorted().collect(Collectors.joining(", "));
  }

  public String investigators(ProjectView p) {
    return p.investigators().stream()
        .map(i -> i.name() + " (" + partnerName(i.partner()) + ")")
        .collect(Collectors.joining("; "));
  }

  /** One investigator as the page shows them: the name and, in brackets, the partner. */
  public String investigator(Investigator i) {
    return i.name() + " (" + partnerName(i.partner()) + ")";
  }

  private String partnerName(PartnerId partner) {
    if (partnerNames == null) {
      String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag();
      partnerNames =
          partners.all().stream()
              .collect(Collectors.toMap(PartnerSummary::id, x -> x.name(language), (a, b) -> a));
    }
    return partnerNames.getOrDefault(partner, String.valueOf(partner));
  }

  public boolean isAdmin() {
    return access.may(RecordsAction.MANAGE_RECORDS);
  }

  /** Coordinators read centres only; the service refuses them too. */
  public boolean isRefused() {
    return refused || !access.may(RecordsAction.READ_PROJECTS);
  }

  public ProjectView getView() {
    return view;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getFamilyId() {
    return familyId;
  }

  public void setFamilyId(Long familyId) {
    this.familyId = familyId;
  }
}
