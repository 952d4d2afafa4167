package org.institute.web.licensing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.institute.licensing.DealQuery;
import org.institute.licensing.DealRow;
import org.institute.licensing.FamilyRow;
import org.institute.licensing.LicenceDeals;
import org.institute.licensing.Patents;
import org.institute.web.platform.export.Column;
import org.institute.web.platform.export.Table;

/**
 * The licensing lists as exportable tables, for the API and the portal alike (decision 0051). Each
 * reads through the same service call as its JSON list, so an export holds what the caller may see.
 */
@RequestScoped
public class LicensingTables {

  /** The deal's value sits beside its currency. */
  static final List<Column<DealRow>> DEAL_COLUMNS =
      List.of(
          Column.of("id", DealRow::id),
          Column.of("title", DealRow::title),
          Column.of("titleZh", DealRow::titleZh),
          Column.of("state", DealRow::state),
          Column.of("licenseeId", DealRow::licenseeId),
          Column.of("licenseeName", DealRow::licenseeName),
          Column.of("licenseeNameZh", DealRow::licenseeNameZh),
          Column.of("totalValue", DealRow::totalValue),
          Column.of("currency", DealRow::currency),
          Column.of("submittedBy", DealRow::submittedBy),
          Column.of("updatedAt", DealRow::updatedAt));

  /** Owners with their shares; applications as a count. */
  static final List<Column<FamilyRow>> FAMILY_COLUMNS =
      List.of(
          Column.of("id", FamilyRow::id),
          Column.of("reference", FamilyRow::reference),
          Column.of("title", FamilyRow::title),
          Column.of("titleZh", FamilyRow::titleZh),
          Column.of("technologyField", FamilyRow::technologyField),
          Column.of("priorityDate", FamilyRow::priorityDate),
          Column.of(
              "owners",
              (FamilyRow f) ->
                  f.owners().stream()
                      .map(o -> o.partnerName() + " " + o.percent().toPlainString() + "%")
                      .toList()),
          Column.of("applications", (FamilyRow f) -> f.applications().size()));

  /** Distribution lines (decision 0107): each amount beside the payment's currency, SGD and CNY. */
  static final List<Column<org.institute.licensing.DistributionLineView>> DISTRIBUTION_COLUMNS =
      List.of(
          Column.of("paymentId", org.institute.licensing.DistributionLineView::paymentId),
          Column.of("dealId", org.institute.licensing.DistributionLineView::dealId),
          Column.of("receivedOn", org.institute.licensing.DistributionLineView::receivedOn),
          Column.of("line", org.institute.licensing.DistributionLineView::number),
          Column.of("step", org.institute.licensing.DistributionLineView::step),
          Column.of(
              "familyReference", org.institute.licensing.DistributionLineView::familyReference),
          Column.of("partnerId", org.institute.licensing.DistributionLineView::partnerId),
          Column.of("partnerName", org.institute.licensing.DistributionLineView::partnerName),
          Column.of("partnerNameZh", org.institute.licensing.DistributionLineView::partnerNameZh),
          Column.of("inventorName", org.institute.licensing.DistributionLineView::inventorName),
          Column.of("inventorOrcid", org.institute.licensing.DistributionLineView::inventorOrcid),
          Column.of("contribution", org.institute.licensing.DistributionLineView::contribution),
          Column.of("policyId", org.institute.licensing.DistributionLineView::policyId),
          Column.of("amount", org.institute.licensing.DistributionLineView::amount),
          Column.of("currency", org.institute.licensing.DistributionLineView::currency),
          Column.of("amountSgd", org.institute.licensing.DistributionLineView::amountSgd),
          Column.of("amountCny", org.institute.licensing.DistributionLineView::amountCny));

  @Inject private LicenceDeals deals;
  @Inject private Patents patents;

  public Table<DealRow> deals(DealQuery query) {
    return Table.sliced("licence-deals", DEAL_COLUMNS, page -> deals.slice(query, page));
  }

  /**
   * A distribution statement's lines (at most {@link
   * org.institute.licensing.Distributions#MAX_LINES}).
   */
  public Table<org.institute.licensing.DistributionLineView> distribution(
      List<org.institute.licensing.DistributionLineView> lines) {
    return Table.of("distribution-statement", DISTRIBUTION_COLUMNS, lines);
  }

  public Table<FamilyRow> patentFamilies(Long partnerId, String text, String sort) {
    return Table.sliced(
        "patent-families", FAMILY_COLUMNS, page -> patents.slice(partnerId, text, sort, page));
  }
}
