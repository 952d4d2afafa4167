package org.institute.licensing.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.institute.licensing.DealTerms;
import org.institute.licensing.Exclusivity;

/**
 * What a licence deal grants and what it costs, apart from who, what and in which currency: the
 * field, territory, exclusivity and term, the fees and the milestones. Columns of the deal's own
 * table, and its milestones.
 */
@Embeddable
public class DealGrant {

  @Column(name = "field_of_use", nullable = false, length = 500)
  private String fieldOfUse;

  @Column(nullable = false, length = 300)
  private String territory;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Exclusivity exclusivity;

  @Column(name = "term_start", nullable = false)
  private LocalDate termStart;

  @Column(name = "term_end", nullable = false)
  private LocalDate termEnd;

  @Column(name = "upfront_fee", nullable = false, precision = 19, scale = 2)
  private BigDecimal upfrontFee;

  @Column(name = "royalty_percent", nullable = false, precision = 7, scale = 4)
  private BigDecimal royaltyPercent;

  @Column(name = "annual_minimum", nullable = false, precision = 19, scale = 2)
  private BigDecimal annualMinimum;

  @ElementCollection
  @CollectionTable(name = "lic_deal_milestone", joinColumns = @JoinColumn(name = "deal_id"))
  @OrderColumn(name = "milestone_index")
  private List<Milestone> milestones = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "lic_deal_royalty_tier", joinColumns = @JoinColumn(name = "deal_id"))
  @OrderColumn(name = "tier_index")
  private List<TierRate> royaltyTiers = new ArrayList<>();

  /** Simple interest per annum on what is overdue, when the terms set it (decision 0104). */
  @Column(name = "late_interest_percent", precision = 7, scale = 4)
  private BigDecimal lateInterestPercent;

  protected DealGrant() {}

  /** The grant of valid terms ({@link DealTermsCheck}). */
  static DealGrant of(DealTerms terms) {
    DealGrant grant = new DealGrant();
    grant.fieldOfUse = terms.fieldOfUse().trim();
    grant.territory = terms.territory().trim();
    grant.exclusivity = terms.exclusivity();
    grant.termStart = terms.termStart();
    grant.termEnd = terms.termEnd();
    grant.upfrontFee = terms.upfrontFee();
    grant.royaltyPercent = terms.royaltyPercent();
    grant.annualMinimum = terms.annualMinimum();
    terms.milestones().forEach(m -> grant.milestones.add(new Milestone(m)));
    terms.royaltyTiers().forEach(t -> grant.royaltyTiers.add(new TierRate(t)));
    grant.lateInterestPercent = terms.latePaymentInterestPercent();
    return grant;
  }

  /** The whole terms: this grant with the deal's title, licensee, families and currency. */
  DealTerms terms(
      String title, String titleZh, long licenseeId, List<Long> familyIds, String currency) {
    return new DealTerms(
        title,
        titleZh,
        licenseeId,
        familyIds,
        fieldOfUse,
        territory,
        exclusivity,
        termStart,
        termEnd,
        currency,
        upfrontFee,
        royaltyPercent,
        annualMinimum,
        milestones.stream().map(Milestone::term).toList(),
        royaltyTiers.stream().map(TierRate::tier).toList(),
        lateInterestPercent);
  }

  /** The rates of the royalty: the base rate and the tiers. */
  public RoyaltyRates royaltyRates() {
    return RoyaltyRates.of(royaltyPercent, royaltyTiers.stream().map(TierRate::tier).toList());
  }

  public LocalDate termStart() {
    return termStart;
  }

  public LocalDate termEnd() {
    return termEnd;
  }

  public BigDecimal annualMinimum() {
    return annualMinimum;
  }

  /** The late-payment interest, % per annum, or null when the terms set none. */
  public BigDecimal lateInterestPercent() {
    return lateInterestPercent;
  }
}
