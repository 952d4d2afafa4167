package org.institute.records.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.Scope;
import org.institute.records.ProjectQuery;
import org.institute.records.PublicationQuery;

/**
 * Research centres, projects and publications. {@code visibleTo} limits projects (and their
 * publications) to those a partner is involved in; null means all.
 */
public interface ResearchRepository {

  void add(ResearchCentre centre);

  List<ResearchCentre> centres();

  Optional<ResearchCentre> centre(long id);

  Optional<ResearchCentre> centreByCode(String code);

  void add(ResearchProject project);

  /** A page of projects with their partners (not their investigators), in query order. */
  List<ResearchProject> projects(ProjectQuery query, Scope visibleTo, int first, int max);

  long countProjects(ProjectQuery query, Scope visibleTo);

  /** A project with its partners and investigators. */
  Optional<ResearchProject> project(long id);

  /** The patent families linked to the project, in the order they were linked. */
  List<ProjectPatentFamily> patentFamilies(long projectId);

  void add(ProjectPatentFamily link);

  void remove(ProjectPatentFamily link);

  void add(Publication publication);

  boolean doiTaken(String doi);

  Optional<Publication> publication(long id);

  /** The publication with the DOI in normal form. */
  Optional<Publication> publicationByDoi(String doi);

  /** Those of the DOIs (in normal form) that a publication has already. */
  Set<String> takenDois(Collection<String> dois);

  List<Publication> publications(PublicationQuery query, Scope visibleTo, int first, int max);

  long countPublications(PublicationQuery query, Scope visibleTo);

  /** Projects starting within the period, counted by year of start. */
  Map<Integer, Long> projectsStartingByYear(LocalDate from, LocalDate to);

  List<ResearchProject> projectsStarting(LocalDate from, LocalDate to, int first, int max);

  /** Publications whose year lies within the period's years, counted by year. */
  Map<Integer, Long> publicationsByYear(int fromYear, int toYear);

  List<Publication> publicationsIn(int fromYear, int toYear, int first, int max);

  Map<Long, String> centreCodes(Collection<Long> ids);

  void flush();
}
