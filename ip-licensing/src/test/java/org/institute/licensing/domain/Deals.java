package org.institute.licensing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.DealState;
import org.institute.licensing.DealTerms;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.MilestoneTerm;
import org.institute.licensing.RoyaltyTier;

/** Deals in every state, reached through the workflow itself, for the tests. */
public final class Deals {
  public static final long NTU = 1, SCUT = 2, GKC = 3, LICENSEE = 9;
  public static final Actor NTU_STAFF = Actor.staffOf("ntu.staff", NTU);
  public static final Actor NTU_OTHER = Actor.staffOf("ntu.other", NTU);
  public static final Actor SCUT_STAFF = Actor.staffOf("scut.staff", SCUT);
  public static final Actor GKC_STAFF = Actor.staffOf("gkc.staff", GKC);
  public static final Actor LICENSEE_STAFF = Actor.staffOf("huaxin.staff", LICENSEE);
  public static final Actor ADMIN = Actor.admin("admin");
  public static final Actor ADMIN2 = Actor.admin("admin2");
  public static final LocalDate SUBMITTED_ON = LocalDate.of(2020, 6, 1);
  public static final LocalDate SIGNED_ON = LocalDate.of(2020, 6, 2);
  public static final LocalDate TERM_START = LocalDate.of(2021, 1, 1);
  public static final LocalDate TERM_END = LocalDate.of(2026, 1, 1);
  public static final Instant NOW = Instant.parse("2020-06-03T08:00:00Z");

  private Deals() {}

  public static DealTerms terms(String currency, String upfront) {
    return new DealTerms(
        "Solid-state battery electrolyte",
        null,
        LICENSEE,
        List.of(11L, 12L),
        "Electric vehicles",
        "Mainland China",
        Exclusivity.EXCLUSIVE,
        TERM_START,
        TERM_END,
        currency,
        new BigDecimal(upfront),
        new BigDecimal("3.5"),
        new BigDecimal("0"),
        List.of(new MilestoneTerm("First commercial sale", new BigDecimal("10000"), null)),
        null,
        null);
  }

  /**
   * Huaxin's exclusive licence of family 11 for a rapid diagnostic assay in Mainland China, in CNY
   * from {@code termStart} to the end of 2025 with 100,000 upfront: the royalty rate, the yearly
   * minimum, the tiers and the late-payment interest (percent a year, or null) as given.
   */
  public static DealTerms assayTerms(
      LocalDate termStart, String rate, String minimum, List<RoyaltyTier> tiers, String interest) {
    return new DealTerms(
        "Rapid diagnostic assay",
        "快速诊断检测",
        LICENSEE,
        List.of(11L),
        "In-vitro diagnostics",
        "Mainland China",
        Exclusivity.EXCLUSIVE,
        termStart,
        LocalDate.of(2025, 12, 31),
        "CNY",
        new BigDecimal("100000"),
        new BigDecimal(rate),
        new BigDecimal(minimum),
        List.of(),
        tiers,
        interest == null ? null : new BigDecimal(interest));
  }

  /** A draft licensed by NTU, SCUT and GKC, drafted by NTU staff: SCUT and GKC must consent. */
  public static LicenceDeal threeOwnerDraft() {
    return LicenceDeal.draft(NTU_STAFF, terms("SGD", "100000"), Set.of(NTU, SCUT, GKC), NOW);
  }

  /** A draft licensed by NTU alone: nobody's consent is needed. */
  public static LicenceDeal ntuOnlyDraft() {
    return LicenceDeal.draft(NTU_STAFF, terms("SGD", "100000"), Set.of(NTU), NOW);
  }

  /**
   * A three-owner deal brought into the state. Where a consent is pending, it is SCUT's; approval
   * needs one admin.
   */
  public static LicenceDeal in(DealState state) {
    LicenceDeal deal = threeOwnerDraft();
    switch (state) {
      case DRAFT -> {}
      case SUBMITTED -> submit(deal);
      case CONSENTS_PENDING -> {
        submit(deal);
        deal.consent(GKC_STAFF, NOW, null);
      }
      case UNDER_REVIEW -> underReview(deal);
      case APPROVED -> approved(deal);
      case EXECUTED -> executed(deal);
      case ACTIVE -> {
        executed(deal);
        deal.activateIfDue(TERM_START, NOW);
      }
      case TERMINATED -> {
        executed(deal);
        deal.terminate(ADMIN, NOW, "licensee insolvent");
      }
      case EXPIRED -> {
        executed(deal);
        deal.activateIfDue(TERM_START, NOW);
        deal.expireIfDue(TERM_END.plusDays(1), NOW);
      }
      case CHANGES_REQUESTED -> {
        submit(deal);
        deal.requestChanges(ADMIN, NOW, "royalty too low");
      }
      case REJECTED -> {
        submit(deal);
        deal.reject(ADMIN, NOW, "conflicts with an existing exclusive licence");
      }
    }
    if (deal.state() != state) {
      throw new IllegalStateException("set-up reached " + deal.state() + " instead of " + state);
    }
    return deal;
  }

  public static void submit(LicenceDeal deal) {
    deal.submit(NTU_STAFF, ApprovalNeeds.admins(1), SUBMITTED_ON, NOW, "please review");
  }

  public static void underReview(LicenceDeal deal) {
    submit(deal);
    deal.consent(GKC_STAFF, NOW, null);
    deal.consent(SCUT_STAFF, NOW, null);
  }

  public static void approved(LicenceDeal deal) {
    underReview(deal);
    deal.approve(ADMIN, NOW, "fine", null);
  }

  public static void executed(LicenceDeal deal) {
    approved(deal);
    deal.execute(NTU_STAFF, SIGNED_ON, 77L, SIGNED_ON.plusDays(1), NOW, null);
  }
}
