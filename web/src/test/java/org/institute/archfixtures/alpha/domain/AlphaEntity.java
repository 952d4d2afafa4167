package org.institute.archfixtures.alpha.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** Alpha domain entity: clean. */
@Entity
public class AlphaEntity {
  @Id private Long id;
  private String name;

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }
}
