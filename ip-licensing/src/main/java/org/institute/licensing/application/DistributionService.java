package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.core.Violation;
import org.institute.licensing.DistributionLineView;
import org.institute.licensing.DistributionPolicyView;
import org.institute.licensing.DistributionPolicyView.Standing;
import org.institute.licensing.DistributionTier;
import org.institute.licensing.Distributions;
import org.institute.licensing.NewDistributionPolicy;
import org.institute.licensing.domain.DistributionLine;
import org.institute.licensing.domain.DistributionLineQuery;
import org.institute.licensing.domain.DistributionPolicyCheck;
import org.institute.licensing.domain.DistributionPolicyRepository;
import org.institute.licensing.domain.DistributionPolicyVersion;
import org.institute.licensing.domain.LicenceDeal;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;
import org.institute.licensing.domain.Payment;
import org.institute.licensing.domain.PaymentRepository;
import org.institute.licensing.domain.Waterfall;
import org.institute.partners.PartnerDirectory;

/** The distribution policies and statements (decision 0107). */
@ApplicationScoped
@Transactional
class DistributionService implements Distributions {

  @Inject private DistributionPolicyRepository versions;
  @Inject private PaymentRepository payments;
  @Inject private PatentFamilyRepository families;
  @Inject private PaymentDistributor distributor;
  @Inject private PartnerDirectory partners;
  @Inject private DealReadModel readModel;
  @Inject private AuditTrail audit;
  @Inject private LicensingPolicy policy;
  @Inject private Clock clock;
  @Inject private org.institute.licensing.domain.StatementRenderer renderer;

  @Override
  public List<DistributionPolicyView> policies() {
    policy.distributionScope();
    LocalDate today = LocalDate.now(clock);
    Map<Long, DistributionPolicyVersion> inForce = versions.inForceOn(today);
    PartnerNames names = PartnerNames.of(partners);
    return versions.all().stream().map(v -> view(v, inForce, today, names)).toList();
  }

  @Override
  public DistributionPolicyView savePolicy(NewDistributionPolicy draft) {
    var actor = policy.requireManageDistributionPolicies();
    LocalDate last =
        draft == null || draft.partnerId() == null
            ? null
            : payments.lastDistributedOn(draft.partnerId()).orElse(null);
    List<Violation> problems =
        new ArrayList<>(DistributionPolicyCheck.violations(draft, last, LocalDate.now(clock)));
    if (draft != null
        && draft.partnerId() != null
        && draft.partnerId() > 0
        && partners.find(new PartnerId(draft.partnerId())).isEmpty()) {
      problems.add(new Violation("partnerId", "partner.unknown"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    DistributionPolicyVersion saved =
        versions.add(DistributionPolicyVersion.of(draft, actor.username(), clock.instant()));
    PartnerNames names = PartnerNames.of(partners);
    audit.record(
        "DISTRIBUTION_POLICY_SAVED",
        "DistributionPolicy",
        saved.id().toString(),
        names.code(saved.partnerId())
            + " from "
            + saved.effectiveFrom()
            + ": "
            + describe(saved.tiers()));
    LocalDate today = LocalDate.now(clock);
    return view(saved, versions.inForceOn(today), today, names);
  }

  @Override
  public Preview preview(long paymentId, NewDistributionPolicy draft) {
    policy.requireManageDistributionPolicies();
    List<Violation> problems =
        new ArrayList<>(DistributionPolicyCheck.violations(draft, null, null));
    problems.removeIf(v -> "effectiveFrom".equals(v.field()));
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    Payment payment =
        payments
            .find(paymentId)
            .filter(p -> !p.isVoided())
            .orElseThrow(() -> new RecordNotFoundException("payment " + paymentId));
    LicenceDeal deal = readModel.visible(payment.dealId());
    List<PatentFamily> licensed = families.findAll(deal.familyIds());
    Map<Long, DistributionPolicyVersion> inForce =
        new HashMap<>(versions.inForceOn(payment.receivedOn()));
    inForce.put(
        draft.partnerId(),
        DistributionPolicyVersion.of(
            new NewDistributionPolicy(
                draft.partnerId(), payment.receivedOn(), draft.tiers(), draft.note()),
            "preview",
            clock.instant()));
    java.util.Currency sgd = java.util.Currency.getInstance("SGD");
    java.util.Currency cny = java.util.Currency.getInstance("CNY");
    PaymentDistributor.Planned planned =
        distributor.plan(
            licensed,
            Money.of(payment.amount(), java.util.Currency.getInstance(payment.currency())),
            Money.of(payment.amountSgd(), sgd),
            Money.of(payment.amountCny(), cny),
            payment.receivedOn(),
            payment.id(),
            inForce);
    PartnerNames names = PartnerNames.of(partners);
    Map<Long, String> refs = references(licensed);
    List<DistributionLineView> proposed = new ArrayList<>();
    List<Waterfall.Line> lines = planned.result().lines();
    for (int i = 0; i < lines.size(); i++) {
      Waterfall.Line l = lines.get(i);
      proposed.add(
          new DistributionLineView(
              payment.id(),
              payment.dealId(),
              payment.receivedOn(),
              payment.currency(),
              i + 1,
              l.step(),
              l.familyId(),
              refs.getOrDefault(l.familyId(), "#" + l.familyId()),
              l.partnerId(),
              names.name(l.partnerId()),
              names.nameZh(l.partnerId()),
              l.inventor() == null ? null : l.inventor().name(),
              l.inventor() == null ? null : l.inventor().orcid(),
              l.inventor() == null ? null : l.inventor().contribution(),
              planned.policyIds().get(l.partnerId()),
              l.amount().amount(),
              l.sgd().amount(),
              l.cny().amount()));
    }
    List<DistributionLineView> current =
        payment.lines().stream().map(l -> DistributionViews.line(l, names, refs)).toList();
    return new Preview(payment.id(), current, proposed);
  }

  @Override
  public List<DistributionLineView> statement(
      Long partnerId, Long dealId, String inventor, LocalDate from, LocalDate to) {
    Scope scope = policy.distributionScope();
    Set<Long> readable =
        scope.fold(
            null,
            some -> some.stream().map(PartnerId::value).collect(Collectors.toSet()),
            Set.of());
    if (from != null && to != null && to.isBefore(from)) {
      throw InvalidCommandException.of("to", "licensing.distribution.period.invalid");
    }
    List<DistributionLine> lines =
        payments.lines(
            new DistributionLineQuery(
                partnerId,
                dealId,
                inventor == null || inventor.isBlank() ? null : inventor.strip(),
                from,
                to,
                readable,
                MAX_LINES));
    PartnerNames names = PartnerNames.of(partners);
    Set<Long> familyIds =
        lines.stream().map(DistributionLine::familyId).collect(Collectors.toSet());
    Map<Long, String> refs = references(families.findAll(familyIds));
    return lines.stream().map(l -> DistributionViews.line(l, names, refs)).toList();
  }

  @Override
  public byte[] statementPdf(
      Long partnerId, Long dealId, String inventor, LocalDate from, LocalDate to) {
    List<DistributionLineView> lines = statement(partnerId, dealId, inventor, from, to);
    PartnerNames names = PartnerNames.of(partners);
    List<String> scope = new ArrayList<>();
    if (partnerId != null) {
      String zh = names.nameZh(partnerId);
      scope.add("Institution / 机构: " + names.name(partnerId) + (zh == null ? "" : " / " + zh));
    }
    if (dealId != null) {
      scope.add("Deal / 交易: #" + dealId);
    }
    if (inventor != null && !inventor.isBlank()) {
      scope.add("Inventor / 发明人: " + inventor.strip());
    }
    if (from != null || to != null) {
      scope.add(
          "Received / 收款日期: "
              + (from == null ? "…" : from.toString())
              + " – "
              + (to == null ? "…" : to.toString()));
    }
    scope.add("Printed / 打印日期: " + LocalDate.now(clock));
    return renderer.render(scope, lines);
  }

  private static Map<Long, String> references(List<PatentFamily> list) {
    Map<Long, String> refs = new HashMap<>();
    list.forEach(f -> refs.put(f.id(), f.reference()));
    return refs;
  }

  private static DistributionPolicyView view(
      DistributionPolicyVersion v,
      Map<Long, DistributionPolicyVersion> inForce,
      LocalDate today,
      PartnerNames names) {
    DistributionPolicyVersion current = inForce.get(v.partnerId());
    Standing standing =
        current != null && current.id().equals(v.id())
            ? Standing.IN_FORCE
            : v.effectiveFrom().isAfter(today) ? Standing.DUE : Standing.REPLACED;
    return new DistributionPolicyView(
        v.id(),
        v.partnerId(),
        names.name(v.partnerId()),
        names.nameZh(v.partnerId()),
        v.effectiveFrom(),
        v.tiers(),
        v.note(),
        v.savedBy(),
        v.savedAt(),
        standing);
  }

  private static String describe(List<DistributionTier> tiers) {
    return tiers.stream()
        .map(
            t ->
                "from SGD "
                    + t.fromSgd().toPlainString()
                    + " "
                    + t.inventorsPercent().stripTrailingZeros().toPlainString()
                    + "% to inventors")
        .collect(Collectors.joining("; "));
  }
}
