package org.institute.web.funding.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.partners.PartnerDirectory;
import org.institute.records.CommitmentView;
import org.institute.records.Funding;
import org.institute.records.FundsMovementKind;
import org.institute.records.NewFundsMovement;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.web.core.faces.LanguageBean;
import org.institute.web.platform.faces.Messages;

/** One commitment with its disbursements and expenditures; admins record another. */
@Named("commitmentPage")
@ViewScoped
public class CommitmentBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Funding funding;
  @Inject private PartnerDirectory partners;
  @Inject private LanguageBean language;
  @Inject private RecordsAccess access;

  private Long id;
  private CommitmentView commitment;
  private FundsMovementKind kind = FundsMovementKind.DISBURSEMENT;
  private LocalDate date;
  private String amount;
  private String purpose;

  public void load() {
    if (id != null) {
      try {
        commitment = funding.commitment(id).orElse(null);
      } catch (AccessRefusedException e) {
        commitment = null;
      }
    }
  }

  /**
   * Records the movement; on success the commitment is shown again by a redirect (a reload never
   * records it twice), on a refusal the form keeps what was typed.
   */
  public String record() {
    if (commitment == null) {
      return null;
    }
    try {
      String currency = commitment.committed().own().currency();
      funding.recordMovement(
          commitment.id(),
          new NewFundsMovement(kind, date, amount, currency, purpose, commitment.version()));
      // the core accepted the amount, so it reads as money
      return Messages.reloadAfter(
          "funding.recorded." + kind, Money.of(amount, currency).toString());
    } catch (InvalidCommandException refused) {
      Messages.show("movement", refused);
    } catch (ConflictException stale) {
      Messages.error(null, stale.messageKey());
      load();
    } catch (AccessRefusedException refused) {
      Messages.error(null, "funding.notAllowed");
    }
    return null;
  }

  public boolean isAdmin() {
    return access.may(RecordsAction.MANAGE_RECORDS);
  }

  public String getFunderName() {
    return commitment == null
        ? ""
        : partners.find(commitment.funder()).map(p -> p.name(language.getTag())).orElse("");
  }

  public List<FundsMovementKind> getKinds() {
    return List.of(FundsMovementKind.values());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public CommitmentView getCommitment() {
    return commitment;
  }

  public FundsMovementKind getKind() {
    return kind;
  }

  public void setKind(FundsMovementKind kind) {
    this.kind = kind;
  }

  public LocalDate getDate() {
    return date;
  }

  public void setDate(LocalDate date) {
    this.date = date;
  }

  public String getAmount() {
    return amount;
  }

  public void setAmount(String amount) {
    this.amount = amount;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }
}
