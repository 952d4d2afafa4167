package org.institute.web.records.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.core.Violation;
import org.institute.licensing.FamilyRow;
import org.institute.licensing.Patents;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.records.NewSpinOff;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.records.SpinOffChanges;
import org.institute.records.SpinOffQuery;
import org.institute.records.SpinOffStatus;
import org.institute.records.SpinOffView;
import org.institute.records.SpinOffs;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.platform.faces.Messages;
import org.institute.web.records.RecordTables;
import org.primefaces.model.StreamedContent;

/** The spin-off pages: the list, one spin-off, and the form admins record or change it with. */
@Named("spinOff")
@ViewScoped
public class SpinOffBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SpinOffs spinOffs;
  @Inject private PartnerDirectory partners;
  @Inject private Patents patents;
  @Inject private RecordsAccess access;
  @Inject private RecordTables tables;

  private Long id;
  private SpinOffView view;
  private SpinOffStatus filter;
  private boolean refused;
  private String nameEn;
  private String nameZh;
  private String founders;
  private Long originPartner;
  private List<Long> patentFamilies = new ArrayList<>();
  private LocalDate foundedOn;
  private SpinOffStatus status = SpinOffStatus.INCUBATING;
  private transient Map<PartnerId, String> partnerNames;

  /** Loads the spin-off named by the id parameter, and fills the form when an admin edits it. */
  public void load() {
    if (id == null) {
      return;
    }
    try {
      view = spinOffs.spinOff(id).orElse(null);
    } catch (AccessRefusedException e) {
      refused = true;
      return;
    }
    if (view != null) {
      nameEn = view.nameEn();
      nameZh = view.nameZh();
      founders = String.join("\n", view.founders());
      originPartner = view.originPartner().value();
      patentFamilies = new ArrayList<>(view.patents().stream().map(p -> p.id()).toList());
      foundedOn = view.foundedOn();
      status = view.status();
    }
  }

  /** The spin-offs of the chosen status, as the list shows them, as CSV or XLSX. */
  public StreamedContent export(String format) {
    return TableDownload.of(tables.spinOffs(new SpinOffQuery(filter, null, null)), format);
  }

  public List<SpinOffView> getList() {
    try {
      return spinOffs.spinOffs(new SpinOffQuery(filter, null, null), 0, 200).spinOffs();
    } catch (AccessRefusedException e) {
      refused = true;
      return List.of();
    }
  }

  public String save() {
    List<String> names =
        founders == null
            ? List.of()
            : Arrays.stream(founders.split("\\R")).filter(s -> !s.isBlank()).toList();
    PartnerId origin = originPartner == null ? null : new PartnerId(originPartner);
    try {
      SpinOffView saved =
          view == null
              ? spinOffs.record(
                  new NewSpinOff(
                      nameEn,
                      nameZh,
                      names,
                      origin,
                      new HashSet<>(patentFamilies),
                      foundedOn,
                      status))
              : spinOffs.change(
                  view.id(),
                  new SpinOffChanges(
                      view.version(),
                      nameEn,
                      nameZh == null ? "" : nameZh,
                      names,
                      origin,
                      new HashSet<>(patentFamilies),
                      foundedOn,
                      status));
      Messages.infoAfterRedirect("spinOff.saved", saved.nameEn());
      return "/app/records/spinoff.xhtml?faces-redirect=true&id=" + saved.id();
    } catch (InvalidCommandException refusedCommand) {
      Messages.show(
          "spinOffForm",
          new InvalidCommandException(
              refusedCommand.violations().stream()
                  .map(
                      v ->
                          v.field() != null && v.field().startsWith("founders[")
                              ? new Violation("founders", v.messageKey())
                              : v)
                  .toList()));
      return null;
    } catch (ConflictException conflict) {
      Messages.error(null, conflict.messageKey());
      return null;
    } catch (AccessRefusedException e) {
      Messages.error(null, "spinOff.notAllowed");
      return null;
    }
  }

  public String partnerName(PartnerId partner) {
    if (partnerNames == null) {
      String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag();
      partnerNames =
          partners.all().stream()
              .collect(Collectors.toMap(PartnerSummary::id, p -> p.name(language), (a, b) -> a));
    }
    return partnerNames.getOrDefault(partner, String.valueOf(partner));
  }

  public String founders(SpinOffView s) {
    return String.join(", ", s.founders());
  }

  public boolean isAdmin() {
    return access.may(RecordsAction.MANAGE_RECORDS);
  }

  public List<PartnerSummary> getPartners() {
    return partners.all();
  }

  public List<FamilyRow> getFamilies() {
    return patents.list(null, "reference", 0, 200).families();
  }

  public List<SpinOffStatus> getStatuses() {
    return Arrays.asList(SpinOffStatus.values());
  }

  public SpinOffView getView() {
    return view;
  }

  /** Coordinators have no spin-offs to read; the service refuses them too. */
  public boolean isRefused() {
    return refused || !access.may(RecordsAction.READ_SPIN_OFFS);
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public SpinOffStatus getFilter() {
    return filter;
  }

  public void setFilter(SpinOffStatus filter) {
    this.filter = filter;
  }

  public String getNameEn() {
    return nameEn;
  }

  public void setNameEn(String nameEn) {
    this.nameEn = nameEn;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public String getFounders() {
    return founders;
  }

  public void setFounders(String founders) {
    this.founders = founders;
  }

  public Long getOriginPartner() {
    return originPartner;
  }

  public void setOriginPartner(Long originPartner) {
    this.originPartner = originPartner;
  }

  public List<Long> getPatentFamilies() {
    return patentFamilies;
  }

  public void setPatentFamilies(List<Long> patentFamilies) {
    this.patentFamilies = patentFamilies == null ? new ArrayList<>() : patentFamilies;
  }

  public LocalDate getFoundedOn() {
    return foundedOn;
  }

  public void setFoundedOn(LocalDate foundedOn) {
    this.foundedOn = foundedOn;
  }

  public SpinOffStatus getStatus() {
    return status;
  }

  public void setStatus(SpinOffStatus status) {
    this.status = status;
  }
}
