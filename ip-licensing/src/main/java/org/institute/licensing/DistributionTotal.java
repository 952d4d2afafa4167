package org.institute.licensing;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.institute.core.BilingualText;

/**
 * What one recipient received over a statement's lines: per step, partner and inventor, in SGD and
 * CNY, with the number of lines. One home for the totals the statement page and its PDF show.
 */
public record DistributionTotal(
    DistributionStep step,
    long partnerId,
    String partnerName,
    String partnerNameZh,
    String inventorName,
    BigDecimal sgd,
    BigDecimal cny,
    int lines)
    implements Serializable {

  /** The partner's name in the reader's script. */
  public String partnerName(String languageTag) {
    return BilingualText.in(partnerName, partnerNameZh, languageTag);
  }

  /** The totals of the lines, in the order their recipients first appear. */
  public static List<DistributionTotal> of(List<DistributionLineView> lines) {
    Map<String, DistributionTotal> totals = new LinkedHashMap<>();
    for (DistributionLineView l : lines) {
      totals.merge(
          l.step() + "|" + l.partnerId() + "|" + l.inventorName(),
          new DistributionTotal(
              l.step(),
              l.partnerId(),
              l.partnerName(),
              l.partnerNameZh(),
              l.inventorName(),
              l.amountSgd(),
              l.amountCny(),
              1),
          (a, b) ->
              new DistributionTotal(
                  a.step(),
                  a.partnerId(),
                  a.partnerName(),
                  a.partnerNameZh(),
                  a.inventorName(),
                  a.sgd().add(b.sgd()),
                  a.cny().add(b.cny()),
                  a.lines() + b.lines()));
    }
    return new ArrayList<>(totals.values());
  }
}
