package org.institute.web.funding.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.institute.core.AccessRefusedException;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.records.CentreView;
import org.institute.records.CommitmentView;
import org.institute.records.Funding;
import org.institute.records.FundingOverview;
import org.institute.records.FundingQuery;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.records.ResearchRecords;
import org.institute.web.core.faces.LanguageBean;
import org.institute.web.funding.FundingTables;
import org.institute.web.platform.export.TableDownload;
import org.institute.web.platform.faces.Messages;
import org.primefaces.model.StreamedContent;

/**
 * Committed vs disbursed vs spent, overall and per funder, centre and year, in SGD and CNY; and the
 * commitments themselves. Partner staff see their own partner's commitments (the core decides).
 */
@Named("fundingPage")
@ViewScoped
public class FundingPageBean implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Every commitment of a phase fits; the table pages them in the view. */
  private static final int ALL = 10_000;

  @Inject private Funding funding;
  @Inject private PartnerDirectory partners;
  @Inject private ResearchRecords records;
  @Inject private LanguageBean language;
  @Inject private RecordsAccess access;
  @Inject private FundingTables tables;

  private FundingOverview overview;
  private boolean refused;
  private final Map<String, String> funderNames = new HashMap<>();
  private final Map<String, String> centreNames = new HashMap<>();

  public void load() {
    try {
      overview = funding.overview(FundingQuery.all(), 0, ALL);
    } catch (AccessRefusedException e) {
      refused = true;
    }
  }

  /** Every commitment the caller may see, as CSV or XLSX. */
  public StreamedContent export(String format) {
    return TableDownload.of(tables.commitments(FundingQuery.all()), format);
  }

  public FundingOverview getOverview() {
    return overview;
  }

  public boolean isRefused() {
    return refused;
  }

  public boolean isAdmin() {
    return access.may(RecordsAction.MANAGE_RECORDS);
  }

  public List<CommitmentView> getCommitments() {
    return overview == null ? List.of() : overview.commitments();
  }

  public String funderName(String key) {
    return funderNames.computeIfAbsent(
        key + "@" + language.getTag(),
        k ->
            partners
                .find(new PartnerId(Long.parseLong(key)))
                .map(p -> p.name(language.getTag()))
                .orElse(key));
  }

  public String funderCode(PartnerId id) {
    return partners.find(id).map(PartnerSummary::code).orElse(id.toString());
  }

  public String centreName(String code) {
    if ("none".equals(code)) {
      return Messages.text("funding.noCentre");
    }
    if (centreNames.isEmpty()) {
      for (CentreView c : records.centres()) {
        centreNames.put(c.code() + "@en", c.name("en"));
        centreNames.put(c.code() + "@zh-CN", c.name("zh-CN"));
      }
    }
    return centreNames.getOrDefault(code + "@" + language.getTag(), code);
  }
}
