package org.institute.licensing.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.institute.licensing.KnownPatentFamilies;
import org.institute.licensing.PatentFamilyRef;

/**
 * Tells the core which patent families exist (for a spin-off's licensed patents), with their
 * reference and title, in one statement. No scope: the core checks who may see the spin-off.
 */
@ApplicationScoped
@Transactional
class KnownPatentFamiliesFromRegister implements KnownPatentFamilies {

  @PersistenceContext private EntityManager em;

  @Override
  public Map<Long, PatentFamilyRef> find(Collection<Long> ids) {
    Map<Long, PatentFamilyRef> found = new HashMap<>();
    if (ids == null || ids.isEmpty()) {
      return found;
    }
    for (Object[] row :
        em.createQuery(
                "select f.id, f.reference, f.title from PatentFamily f where f.id in :ids",
                Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      long id = ((Number) row[0]).longValue();
      found.put(id, new PatentFamilyRef(id, (String) row[1], (String) row[2]));
    }
    return found;
  }
}
