package org.institute.records;

import java.io.Serializable;
import java.util.List;

/** A page of research projects with the total that matches the query. */
public record ProjectPage(List<ProjectView> projects, long total) implements Serializable {
  public ProjectPage {
    projects = List.copyOf(projects);
  }
}
