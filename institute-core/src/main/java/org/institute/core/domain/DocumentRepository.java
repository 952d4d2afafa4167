package org.institute.core.domain;

import java.util.Optional;

public interface DocumentRepository {
  Document add(Document document);

  Optional<Document> find(long id);
}
