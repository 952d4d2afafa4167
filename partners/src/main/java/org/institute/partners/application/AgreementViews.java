package org.institute.partners.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.institute.core.Documents;
import org.institute.core.PartnerId;
import org.institute.core.StoredDocument;
import org.institute.partners.AgreementView;
import org.institute.partners.PartnerName;
import org.institute.partners.domain.Agreement;
import org.institute.partners.domain.Partner;
import org.institute.partners.domain.PartnerRepository;

/**
 * Shapes agreements as their readers see them: parties under their names on the signing date, and
 * what the caller may do with each.
 */
@ApplicationScoped
class AgreementViews {

  @Inject private PartnerRepository partners;
  @Inject private Documents documents;
  @Inject private PartnersPolicy policy;

  AgreementView one(Agreement agreement, LocalDate today) {
    return of(List.of(agreement), today, true).get(0);
  }

  /** Views of a page; {@code withDocument} also describes each signed copy (one read each). */
  List<AgreementView> of(List<Agreement> page, LocalDate today, boolean withDocument) {
    Set<Long> partyIds = new HashSet<>();
    page.forEach(a -> partyIds.addAll(AgreementRules.ids(a.parties())));
    Map<Long, Partner> byId =
        partners.withNames(partyIds).stream()
            .collect(Collectors.toMap(p -> p.id().orElseThrow(), Function.identity(), (x, y) -> x));
    List<AgreementView> views = new ArrayList<>(page.size());
    for (Agreement a : page) {
      List<AgreementView.Party> parties =
          a.parties().stream()
              .map(id -> byId.get(id.value()))
              .filter(Objects::nonNull)
              .sorted(Comparator.comparing(Partner::code))
              .map(p -> party(p, a.signedOn()))
              .toList();
      StoredDocument copy =
          !withDocument || a.documentId() == null
              ? null
              : documents.find(a.documentId()).orElse(null);
      views.add(
          new AgreementView(
              a.id(),
              a.title(),
              a.titleZh(),
              parties,
              a.signedOn(),
              a.effectiveFrom(),
              a.expiresOn(),
              a.terminatedOn(),
              a.statusOn(today),
              a.confidential(),
              a.summary(),
              a.documentId() != null,
              copy,
              a.version(),
              policy.agreementActions(a)));
    }
    return views;
  }

  private static AgreementView.Party party(Partner p, LocalDate signedOn) {
    PartnerName then = p.nameOn(signedOn);
    return new AgreementView.Party(
        new PartnerId(p.id().orElseThrow()),
        p.code(),
        then.nameEn(),
        then.nameZh(),
        p.summary().nameEn(),
        p.summary().nameZh());
  }
}
