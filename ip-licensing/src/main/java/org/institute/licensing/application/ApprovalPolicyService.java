package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.institute.core.Accounts;
import org.institute.core.AuditTrail;
import org.institute.core.ConflictException;
import org.institute.core.Conversion;
import org.institute.core.ExchangeRates;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.Recipients;
import org.institute.core.Role;
import org.institute.licensing.ApprovalNeeds;
import org.institute.licensing.ApprovalPolicies;
import org.institute.licensing.ApprovalPolicyView;
import org.institute.licensing.ApprovalPolicyView.Standing;
import org.institute.licensing.ApprovalRuleTerms;
import org.institute.licensing.NewApprovalPolicy;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.ApprovalPolicyCheck;
import org.institute.licensing.domain.ApprovalPolicyRepository;
import org.institute.licensing.domain.ApprovalPolicyVersion;
import org.institute.licensing.domain.DealFacts;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;

/**
 * The approval policy as data (decision 0102): admins save versions; a deal's submission asks
 * {@link #needsOf} what the version in force on that day decides, and the deal keeps the answer.
 * While no version is saved, the built-in policy of the configuration's two-admin threshold stands.
 */
@ApplicationScoped
@Transactional
class ApprovalPolicyService implements ApprovalPolicies {

  private static final Logger LOG = Logger.getLogger(ApprovalPolicyService.class.getName());

  @Inject private ApprovalPolicyRepository versions;
  @Inject private PartnerDirectory partners;
  @Inject private ExchangeRates rates;
  @Inject private Recipients recipients;
  @Inject private Accounts accounts;
  @Inject private AuditTrail audit;
  @Inject private LicensingPolicy policy;
  @Inject private ApproverRoleService approverRoles;
  @Inject private Clock clock;

  @Inject
  @ConfigProperty(name = "institute.licensing.two-admin-threshold-sgd", defaultValue = "500000")
  private BigDecimal thresholdSgd;

  @Override
  public List<ApprovalPolicyView> versions() {
    policy.requireManageApprovalPolicies();
    LocalDate today = LocalDate.now(clock);
    List<ApprovalPolicyVersion> saved = versions.all();
    int inForce = versions.inForceOn(today).map(ApprovalPolicyVersion::number).orElse(0);
    List<ApprovalPolicyView> views = new ArrayList<>();
    for (ApprovalPolicyVersion v : saved) {
      views.add(view(v, standing(v, inForce, today)));
    }
    views.add(view(builtIn(), inForce == 0 ? Standing.IN_FORCE : Standing.REPLACED));
    return views;
  }

  @Override
  public ApprovalPolicyView save(NewApprovalPolicy draft) {
    Actor actor = policy.requireManageApprovalPolicies();
    LocalDate today = LocalDate.now(clock);
    ApprovalPolicyCheck.require(
        draft, today, recipients.withRole(Role.ADMIN).size(), approverRoles.enabledHolders());
    ApprovalPolicyVersion saved;
    try {
      saved =
          versions.add(
              ApprovalPolicyVersion.of(
                  versions.lastNumber() + 1, draft, actor.username(), clock.instant()));
    } catch (PersistenceException raced) {
      LOG.log(Level.FINE, "approval policy saved in parallel", raced);
      throw new ConflictException(
          "Someone else saved the approval policy at the same moment; nothing was saved. Reload and try again.",
          raced);
    }
    audit.record(
        "APPROVAL_POLICY_SAVED",
        "ApprovalPolicy",
        Integer.toString(saved.number()),
        "version "
            + saved.number()
            + " in force from "
            + saved.effectiveFrom()
            + ": "
            + describe(saved.rules()));
    int inForce = versions.inForceOn(today).map(ApprovalPolicyVersion::number).orElse(0);
    return view(saved, standing(saved, inForce, today));
  }

  /**
   * What the deal, submitted on {@code day}, needs under the version in force that day.
   *
   * @throws InvalidCommandException when a rule asks for the deal's value in SGD and the day has no
   *     rate for its currency
   */
  ApprovalNeeds needsOf(LicenceDeal deal, LocalDate day) {
    ApprovalPolicyVersion version = versions.inForceOn(day).orElseGet(this::builtIn);
    return version.needsOf(facts(deal, day));
  }

  /**
   * Refuses a submission that would leave the deal without enough admins to approve it: the enabled
   * admins other than its drafter and its submitter (four eyes), and for each named role it needs
   * an enabled holder other than those two (decision 0108).
   */
  void requireApprovers(LicenceDeal deal, Actor submitter, ApprovalNeeds needs) {
    int eligible = recipients.withRole(Role.ADMIN).size();
    if (submitter.admin()) {
      eligible--;
    }
    String drafter = deal.createdBy();
    if (!drafter.equals(submitter.username())
        && accounts.find(drafter).map(a -> a.roles().contains(Role.ADMIN)).orElse(false)) {
      eligible--;
    }
    if (eligible < needs.adminApprovals()) {
      throw InvalidCommandException.of(null, "licensing.deal.approvers.tooFew");
    }
    if (!needs.namedRoles().isEmpty()) {
      Map<String, Set<String>> holders = approverRoles.enabledHolders();
      for (String code : needs.namedRoleCodes()) {
        Set<String> others = new HashSet<>(holders.getOrDefault(code, Set.of()));
        others.remove(drafter);
        others.remove(submitter.username());
        if (others.isEmpty()) {
          throw InvalidCommandException.of(null, "licensing.deal.approvers.roleUnheld");
        }
      }
    }
  }

  private DealFacts facts(LicenceDeal deal, LocalDate day) {
    Money value = deal.totalValue();
    String country =
        partners.find(new PartnerId(deal.licenseeId())).map(PartnerSummary::country).orElse(null);
    return new DealFacts(
        value,
        sgd -> rates.convert(sgd, value.currency(), day).map(Conversion::result),
        deal.terms().exclusivity(),
        deal.terms().territory(),
        deal.terms().fieldOfUse(),
        deal.licensorIds().size() > 1,
        country);
  }

  private ApprovalPolicyVersion builtIn() {
    return ApprovalPolicyVersion.builtIn(thresholdSgd);
  }

  private static Standing standing(ApprovalPolicyVersion v, int inForce, LocalDate today) {
    if (v.number() == inForce) {
      return Standing.IN_FORCE;
    }
    return v.effectiveFrom().isAfter(today) ? Standing.SCHEDULED : Standing.REPLACED;
  }

  private static ApprovalPolicyView view(ApprovalPolicyVersion v, Standing standing) {
    return new ApprovalPolicyView(
        v.number(),
        v.number() == 0 ? null : v.effectiveFrom(),
        v.note(),
        v.savedBy(),
        v.savedAt(),
        standing,
        v.rules());
  }

  private static String describe(List<ApprovalRuleTerms> rules) {
    if (rules.isEmpty()) {
      return "no rules (one admin and the co-owners' consent for every deal)";
    }
    List<String> parts = new ArrayList<>();
    for (ApprovalRuleTerms r : rules) {
      parts.add(
          "\""
              + r.name()
              + "\" -> "
              + r.adminApprovals()
              + " admin(s)"
              + (r.coOwnerConsent() ? ", consent" : ", no consent")
              + (r.councilResolution() ? ", council resolution" : "")
              + (r.namedRoles().isEmpty() ? "" : ", roles " + String.join(", ", r.namedRoles())));
    }
    return String.join("; ", parts);
  }
}
