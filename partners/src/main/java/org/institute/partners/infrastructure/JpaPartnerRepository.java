package org.institute.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.institute.partners.domain.Partner;
import org.institute.partners.domain.PartnerRepository;

@ApplicationScoped
class JpaPartnerRepository implements PartnerRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Optional<Partner> find(long id) {
    return Optional.ofNullable(em.find(Partner.class, id));
  }

  @Override
  public Optional<Partner> findByCode(String code) {
    return em.createQuery("select p from Partner p where p.code = :code", Partner.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Partner> all() {
    return em.createQuery("select p from Partner p order by p.code", Partner.class).getResultList();
  }

  @Override
  public void add(Partner partner) {
    em.persist(partner);
  }
}
