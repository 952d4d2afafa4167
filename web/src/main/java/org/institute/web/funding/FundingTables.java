package org.institute.web.funding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.institute.core.PartnerId;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.records.CommitmentView;
import org.institute.records.Funding;
import org.institute.records.FundingQuery;
import org.institute.records.FundsColumns;
import org.institute.records.FundsFigure;
import org.institute.web.platform.export.Column;
import org.institute.web.platform.export.Table;

/**
 * The funding commitments as an exportable table, for the API and the portal alike (decision 0056).
 * Each figure is three columns, as the JSON gives it: in the commitment's currency, in SGD and in
 * CNY; an SGD or CNY cell is empty when some day had no rate, as the JSON's amount is null then.
 */
@RequestScoped
public class FundingTables {

  @Inject private Funding funding;
  @Inject private PartnerDirectory partners;

  private Map<PartnerId, String> codes;

  public Table<CommitmentView> commitments(FundingQuery query) {
    return Table.paged(
        "funding",
        List.of(
            Column.of("id", CommitmentView::id),
            Column.of("funder", (CommitmentView c) -> code(c.funder())),
            Column.of("centreCode", CommitmentView::centreCode),
            Column.of("labelEn", CommitmentView::labelEn),
            Column.of("labelZh", CommitmentView::labelZh),
            Column.of("periodFrom", CommitmentView::periodFrom),
            Column.of("periodTo", CommitmentView::periodTo),
            Column.of("committedOn", CommitmentView::committedOn),
            Column.of("currency", (CommitmentView c) -> c.committed().own().currency()),
            amount("committed", CommitmentView::committed, FundsColumns::own),
            amount("disbursed", CommitmentView::disbursed, FundsColumns::own),
            amount("spent", CommitmentView::spent, FundsColumns::own),
            amount("committedSgd", CommitmentView::committed, FundsColumns::sgd),
            amount("disbursedSgd", CommitmentView::disbursed, FundsColumns::sgd),
            amount("spentSgd", CommitmentView::spent, FundsColumns::sgd),
            amount("committedCny", CommitmentView::committed, FundsColumns::cny),
            amount("disbursedCny", CommitmentView::disbursed, FundsColumns::cny),
            amount("spentCny", CommitmentView::spent, FundsColumns::cny)),
        (offset, limit) -> funding.overview(query, offset, limit).commitments());
  }

  private static Column<CommitmentView> amount(
      String header,
      Function<CommitmentView, FundsColumns> figure,
      Function<FundsColumns, FundsFigure> way) {
    return Column.of(
        header,
        (CommitmentView c) -> {
          FundsFigure f = way.apply(figure.apply(c));
          return f == null ? null : f.amount();
        });
  }

  private String code(PartnerId id) {
    if (id == null) {
      return null;
    }
    if (codes == null) {
      codes =
          partners.all().stream()
              .collect(Collectors.toMap(PartnerSummary::id, PartnerSummary::code));
    }
    return codes.getOrDefault(id, id.toString());
  }
}
