package org.institute.web.partners.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.institute.core.InvalidCommandException;
import org.institute.core.PartnerId;
import org.institute.partners.AgreementPage;
import org.institute.partners.AgreementQuery;
import org.institute.partners.AgreementStatus;
import org.institute.partners.AgreementView;
import org.institute.partners.Agreements;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.partners.PartnersAccess;
import org.institute.partners.PartnersAction;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The agreement list: filters, a lazily paged table sortable by the fields the service allows. The
 * service decides which agreements the caller sees; this page shows what it gets.
 */
@Named("agreementList")
@ViewScoped
public class AgreementListBean implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private Agreements agreements;
  @Inject private PartnerDirectory partners;
  @Inject private PartnersAccess access;

  private String text;
  private Long party;
  private AgreementStatus status;
  private List<PartnerSummary> partnerChoices;

  private final LazyDataModel<AgreementView> rows =
      new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
          return (int) Math.min(Integer.MAX_VALUE, search(null, 0, 1).total());
        }

        @Override
        public List<AgreementView> load(
            int first,
            int pageSize,
            Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
          AgreementPage page = search(sortKey(sortBy), first, pageSize);
          setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
          return page.agreements();
        }

        @Override
        public String getRowKey(AgreementView agreement) {
          return Long.toString(agreement.id());
        }
      };

  private AgreementPage search(String sort, int first, int size) {
    try {
      return agreements.search(
          new AgreementQuery(text, party == null ? null : new PartnerId(party), status, sort),
          first,
          Math.min(size, 100));
    } catch (InvalidCommandException refused) {
      Messages.show("agreements", refused);
      return new AgreementPage(List.of(), 0);
    }
  }

  /** The table's sort as the service's sort parameter; only whitelisted fields reach it. */
  static String sortKey(Map<String, SortMeta> sortBy) {
    if (sortBy == null || sortBy.isEmpty()) {
      return null;
    }
    SortMeta meta = sortBy.values().iterator().next();
    String field = meta.getField();
    if (field == null
        || !AgreementQuery.SORTABLE.contains(field)
        || meta.getOrder() == SortOrder.UNSORTED) {
      return null;
    }
    return meta.getOrder() == SortOrder.DESCENDING ? "-" + field : field;
  }

  public void filter() {
    // the table reloads with the new filters on the next render
  }

  public void reset() {
    text = null;
    party = null;
    status = null;
  }

  public LazyDataModel<AgreementView> getRows() {
    return rows;
  }

  public List<PartnerSummary> getPartners() {
    if (partnerChoices == null) {
      partnerChoices = partners.all();
    }
    return partnerChoices;
  }

  public AgreementStatus[] getStatuses() {
    return AgreementStatus.values();
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Long getParty() {
    return party;
  }

  public void setParty(Long party) {
    this.party = party;
  }

  public AgreementStatus getStatus() {
    return status;
  }

  public void setStatus(AgreementStatus status) {
    this.status = status;
  }

  /** Whether the module lets the caller record agreements. */
  public boolean isMayRecord() {
    return access.allowedActions().contains(PartnersAction.RECORD_AGREEMENT);
  }
}
