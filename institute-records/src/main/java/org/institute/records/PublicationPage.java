package org.institute.records;

import java.io.Serializable;
import java.util.List;

/** A page of publications with the total that matches the query. */
public record PublicationPage(List<PublicationView> publications, long total)
    implements Serializable {
  public PublicationPage {
    publications = List.copyOf(publications);
  }
}
