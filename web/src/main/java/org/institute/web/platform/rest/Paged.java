package org.institute.web.platform.rest;

import java.util.List;

/** A page of a list: the items, how many match in all, and where the page starts. */
public record Paged<T>(List<T> items, long total, int offset, int limit) {
  public Paged {
    items = List.copyOf(items);
  }
}
