package org.institute.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.institute.partners.PartnerRole;
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
    // roles fetched in the same statement: one query for the whole directory, not one per partner
    return em.createQuery(
            "select distinct p from Partner p left join fetch p.roles order by p.code", Partner.class)
        .getResultList();
  }

  @Override
  public List<Partner> withRole(PartnerRole role) {
    return em.createQuery(
            "select p from Partner p where p.active = true and :role member of p.roles"
                + " order by p.code",
            Partner.class)
        .setParameter("role", role)
        .getResultList();
  }

  @Override
  public void add(Partner partner) {
    em.persist(partner);
  }
}
