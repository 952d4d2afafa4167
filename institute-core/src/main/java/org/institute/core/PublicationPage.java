package org.institute.core;

import java.util.List;

/** A page of publications with the total that matches the query. */
public record PublicationPage(List<PublicationView> publications, long total) {
  public PublicationPage {
    publications = List.copyOf(publications);
  }
}
