package org.institute.web.records.faces;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.records.AllocationView;
import org.institute.records.CentreView;
import org.institute.records.HeadquartersSpace;
import org.institute.records.NewAllocation;
import org.institute.records.OccupantKind;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.records.ResearchRecords;
import org.institute.records.SpaceSummary;
import org.institute.records.SpaceUnitView;
import org.institute.records.SpinOffQuery;
import org.institute.records.SpinOffView;
import org.institute.records.SpinOffs;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.platform.faces.Messages;
import org.institute.web.records.RecordTables;
import org.primefaces.model.StreamedContent;

/**
 * The headquarters page: allocated and free area per use on a chosen date, the units, the
 * allocations, and the form admins allocate a unit with.
 */
@Named("space")
@ViewScoped
public class SpaceBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** An occupant choice of the form: its kind and id in one value, e.g. {@code CENTRE:3}. */
  public record Occupant(String value, String label) {}

  @Inject private HeadquartersSpace space;
  @Inject private ResearchRecords records;
  @Inject private SpinOffs spinOffs;
  @Inject private PartnerDirectory partners;
  @Inject private RecordsAccess access;
  @Inject private Clock clock;
  @Inject private RecordTables tables;

  private LocalDate at;
  private Long unit;
  private String occupant;
  private LocalDate from;
  private LocalDate to;
  private String note;
  private transient SpaceSummary summary;
  private transient Map<String, String> occupantNames;

  public SpaceSummary getSummary() {
    if (summary == null) {
      summary = space.summary(getAt());
    }
    return summary;
  }

  public String show() {
    summary = null;
    return null;
  }

  /** The units on the chosen date with their allocated and free area, as CSV or XLSX. */
  public StreamedContent export(String format) {
    return TableDownload.of(tables.space(getAt()), format);
  }

  public List<SpaceUnitView> getUnits() {
    return space.units();
  }

  public List<AllocationView> getAllocations() {
    return space.allocations(null);
  }

  /** The occupant's name in the page's language; centres, spin-offs and partners are few. */
  public String occupantName(AllocationView a) {
    if (occupantNames == null) {
      String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag();
      occupantNames = new HashMap<>();
      records.centres().forEach(c -> occupantNames.put("CENTRE:" + c.id(), c.name(language)));
      spinOffs
          .spinOffs(SpinOffQuery.all(), 0, 200)
          .spinOffs()
          .forEach(s -> occupantNames.put("SPIN_OFF:" + s.id(), s.name(language)));
      partners.all().forEach(p -> occupantNames.put("PARTNER:" + p.id().value(), p.name(language)));
    }
    String name = occupantNames.get(a.occupantKind() + ":" + a.occupantId());
    return name != null
        ? name
        : a.occupantName() != null ? a.occupantName() : String.valueOf(a.occupantId());
  }

  public List<Occupant> getOccupants() {
    String language = FacesContext.getCurrentInstance().getViewRoot().getLocale().toLanguageTag();
    List<Occupant> choices = new ArrayList<>();
    for (CentreView c : records.centres()) {
      choices.add(
          new Occupant(
              "CENTRE:" + c.id(), Messages.text("occupantKind.CENTRE") + ": " + c.name(language)));
    }
    for (SpinOffView s : spinOffs.spinOffs(SpinOffQuery.all(), 0, 200).spinOffs()) {
      choices.add(
          new Occupant(
              "SPIN_OFF:" + s.id(),
              Messages.text("occupantKind.SPIN_OFF") + ": " + s.name(language)));
    }
    for (PartnerSummary p : partners.all()) {
      choices.add(
          new Occupant(
              "PARTNER:" + p.id().value(),
              Messages.text("occupantKind.PARTNER") + ": " + p.name(language)));
    }
    return choices;
  }

  /**
   * Allocates the unit; on success the page is loaded again by a redirect (a reload never allocates
   * twice), on a refusal it stays as filled in with the reason beside its field.
   */
  public String allocate() {
    OccupantKind kind = null;
    Long occupantId = null;
    if (occupant != null && occupant.contains(":")) {
      kind = OccupantKind.valueOf(occupant.substring(0, occupant.indexOf(':')));
      occupantId = Long.valueOf(occupant.substring(occupant.indexOf(':') + 1));
    }
    try {
      AllocationView created =
          space.allocate(new NewAllocation(unit, kind, occupantId, from, to, note));
      return Messages.reloadAfter("space.allocationSaved", created.unitCode());
    } catch (InvalidCommandException refused) {
      Messages.show(
          "allocation",
          new InvalidCommandException(
              refused.violations().stream()
                  .map(
                      v ->
                          "occupantKind".equals(v.field())
                              ? new Violation("occupant", v.messageKey())
                              : v)
                  .toList()));
    } catch (ConflictException overlap) {
      // shown beside the dates: they are what the admin has to change
      Messages.error("allocation:from", overlap.messageKey());
    } catch (AccessRefusedException e) {
      Messages.error(null, "space.notAllowed");
    }
    return null;
  }

  public boolean isAdmin() {
    return access.may(RecordsAction.MANAGE_RECORDS);
  }

  public LocalDate getAt() {
    if (at == null) {
      at = LocalDate.now(clock);
    }
    return at;
  }

  public void setAt(LocalDate at) {
    this.at = at;
  }

  public Long getUnit() {
    return unit;
  }

  public void setUnit(Long unit) {
    this.unit = unit;
  }

  public String getOccupant() {
    return occupant;
  }

  public void setOccupant(String occupant) {
    this.occupant = occupant;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
