package org.institute.web.talent.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.institute.core.Money;
import org.institute.talent.CohortAction;
import org.institute.talent.CohortChanges;
import org.institute.talent.CohortStatus;
import org.institute.talent.CohortView;
import org.institute.talent.NewCohort;
import org.institute.talent.ProgrammeAction;
import org.institute.talent.ProgrammeView;
import org.institute.talent.Programmes;
import org.institute.web.platform.faces.Messages;

/**
 * The cohort form: opens a cohort of a programme ({@code cohort-edit.xhtml?programme=}) or revises
 * one ({@code ?id=}): names in English and Chinese, dates, application window, capacity and fee.
 * The talent module checks them all at once; a save goes to the cohort's page by a redirect.
 */
@Named("cohortForm")
@ViewScoped
public class CohortFormBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Programmes programmes;

  private Long id;
  private Long programmeId;
  private CohortView view;
  private ProgrammeView programme;
  private boolean missing;
  private String name;
  private String nameZh;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private LocalDate applicationsOpen;
  private LocalDate applicationsClose;
  private Integer capacity;
  private String feeAmount;
  private String feeCurrency = "SGD";
  private CohortStatus status = CohortStatus.PLANNED;

  /** Finds the cohort ({@code ?id=}) or the programme ({@code ?programme=}) once. */
  public void load() {
    if (view != null || programme != null) {
      return;
    }
    if (id != null) {
      view = programmes.cohort(id).map(d -> d.cohort()).orElse(null);
      if (view == null) {
        missing = true;
        return;
      }
      programmeId = view.programmeId();
      name = view.name();
      nameZh = view.nameZh();
      startsOn = view.startsOn();
      endsOn = view.endsOn();
      applicationsOpen = view.applicationsOpen();
      applicationsClose = view.applicationsClose();
      capacity = view.capacity();
      feeAmount = view.feeAmount();
      feeCurrency = view.feeCurrency() == null ? "SGD" : view.feeCurrency();
      status = view.status();
    }
    programme = programmeId == null ? null : programmes.find(programmeId).orElse(null);
    if (programme == null) {
      missing = true;
    }
  }

  /** Whether the caller may save: open a cohort of the programme, or revise this cohort. */
  public boolean isAllowed() {
    if (missing) {
      return false;
    }
    return view == null
        ? programme.allows(ProgrammeAction.OPEN_COHORT)
        : view.allows(CohortAction.REVISE);
  }

  public String save() {
    CohortView[] saved = new CohortView[1];
    boolean ok =
        Messages.attempt(
            "cohortForm",
            field -> "fee".equals(field) ? "feeAmount" : field,
            () ->
                saved[0] =
                    view == null
                        ? programmes.openCohort(
                            new NewCohort(
                                programme.id(),
                                name,
                                nameZh,
                                startsOn,
                                endsOn,
                                applicationsOpen,
                                applicationsClose,
                                capacity,
                                fee(),
                                status))
                        : programmes.reviseCohort(
                            view.id(),
                            new CohortChanges(
                                name,
                                nameZh,
                                startsOn,
                                endsOn,
                                applicationsOpen,
                                applicationsClose,
                                capacity,
                                fee())));
    if (!ok) {
      return null;
    }
    Messages.infoAfterRedirect(view == null ? "cohort.opened" : "cohort.revised");
    return "/app/talent/cohort.xhtml?faces-redirect=true&id=" + saved[0].id();
  }

  /** The fee typed, none when the amount is empty; the page's pattern has checked the amount. */
  private Money fee() {
    if (feeAmount == null || feeAmount.isBlank()) {
      return null;
    }
    try {
      return Money.of(feeAmount.trim(), feeCurrency);
    } catch (IllegalArgumentException e) {
      throw org.institute.core.InvalidCommandException.of("feeAmount", "amount.invalid");
    }
  }

  /** The currencies a fee may be in, in code order. */
  public List<String> getCurrencies() {
    return Money.SUPPORTED.stream()
        .map(c -> c.getCurrencyCode())
        .sorted(Comparator.naturalOrder())
        .toList();
  }

  /** The statuses a new cohort may start in. */
  public List<CohortStatus> getStatuses() {
    return Arrays.stream(CohortStatus.values()).filter(s -> !s.isClosed()).toList();
  }

  public CohortView getView() {
    return view;
  }

  public ProgrammeView getProgramme() {
    return programme;
  }

  public boolean isMissing() {
    return missing;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getNameZh() {
    return nameZh;
  }

  public void setNameZh(String nameZh) {
    this.nameZh = nameZh;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public LocalDate getApplicationsOpen() {
    return applicationsOpen;
  }

  public void setApplicationsOpen(LocalDate applicationsOpen) {
    this.applicationsOpen = applicationsOpen;
  }

  public LocalDate getApplicationsClose() {
    return applicationsClose;
  }

  public void setApplicationsClose(LocalDate applicationsClose) {
    this.applicationsClose = applicationsClose;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getFeeAmount() {
    return feeAmount;
  }

  public void setFeeAmount(String feeAmount) {
    this.feeAmount = feeAmount;
  }

  public String getFeeCurrency() {
    return feeCurrency;
  }

  public void setFeeCurrency(String feeCurrency) {
    this.feeCurrency = feeCurrency;
  }

  public CohortStatus getStatus() {
    return status;
  }

  public void setStatus(CohortStatus status) {
    this.status = status;
  }
}
