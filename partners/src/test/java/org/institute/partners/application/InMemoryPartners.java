package org.institute.partners.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.institute.core.testing.Wiring;
import org.institute.partners.PartnerQuery;
import org.institute.partners.PartnerRole;
import org.institute.partners.domain.Partner;
import org.institute.partners.domain.PartnerRepository;

/** Partners in a map, numbered from 1 as the database would. */
final class InMemoryPartners implements PartnerRepository {
  final Map<Long, Partner> byId = new LinkedHashMap<>();
  int flushes;

  @Override
  public Optional<Partner> find(long id) {
    return Optional.ofNullable(byId.get(id));
  }

  @Override
  public Optional<Partner> findByCode(String code) {
    return byId.values().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  @Override
  public List<Partner> all() {
    return new ArrayList<>(byId.values());
  }

  @Override
  public List<org.institute.partners.PartnerLabel> labels(Collection<Long> ids) {
    return byId.values().stream()
        .filter(p -> ids == null || ids.contains(p.summary().id().value()))
        .map(p -> org.institute.partners.PartnerLabel.of(p.summary()))
        .sorted(java.util.Comparator.comparing(org.institute.partners.PartnerLabel::code))
        .toList();
  }

  @Override
  public List<Partner> withRole(PartnerRole role) {
    return byId.values().stream().filter(p -> p.summary().hasRole(role)).toList();
  }

  @Override
  public void add(Partner partner) {
    long id = byId.size() + 1L;
    Wiring.assignId(partner, id);
    byId.put(id, partner);
  }

  @Override
  public List<Partner> search(PartnerQuery query, int firstResult, int maxResults) {
    List<Partner> all = all();
    return all.subList(
        Math.min(firstResult, all.size()), Math.min(firstResult + maxResults, all.size()));
  }

  @Override
  public long count(PartnerQuery query) {
    return byId.size();
  }

  @Override
  public void flush() {
    flushes++;
  }

  @Override
  public List<Partner> withNames(Collection<Long> ids) {
    return ids.stream().map(byId::get).filter(p -> p != null).toList();
  }
}
