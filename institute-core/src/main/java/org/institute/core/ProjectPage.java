package org.institute.core;

import java.util.List;

/** A page of research projects with the total that matches the query. */
public record ProjectPage(List<ProjectView> projects, long total) {
  public ProjectPage {
    projects = List.copyOf(projects);
  }
}
