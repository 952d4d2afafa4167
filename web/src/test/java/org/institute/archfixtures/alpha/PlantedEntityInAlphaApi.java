package org.institute.archfixtures.alpha;

import jakarta.persistence.Embeddable;

/** Planted: an embeddable published in the API package. */
@Embeddable
public class PlantedEntityInAlphaApi {
  private String code;

  public String code() {
    return code;
  }
}
