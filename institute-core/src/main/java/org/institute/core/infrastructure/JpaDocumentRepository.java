package org.institute.core.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.institute.core.domain.Document;
import org.institute.core.domain.DocumentRepository;

@ApplicationScoped
class JpaDocumentRepository implements DocumentRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public Document add(Document document) {
    em.persist(document);
    em.flush();
    return document;
  }

  @Override
  public Optional<Document> find(long id) {
    return Optional.ofNullable(em.find(Document.class, id));
  }
}
