package org.institute.records;

import java.util.List;
import java.util.Optional;

/**
 * The institute's research records: R&D centres and joint research centres, research projects and
 * the papers they publish. Admins record; the council, auditors and admins read everything; partner
 * staff read the projects (and their papers) their partner is involved in; coordinators read the
 * centres only. Every record is audited.
 */
public interface ResearchRecords {

  /** Every centre, R&D centres first, then by code. Any signed-in user. */
  List<CentreView> centres();

  Optional<CentreView> centre(long id);

  CentreView setUpCentre(NewCentre centre);

  ProjectPage projects(ProjectQuery query, int firstResult, int maxResults);

  /** A project the caller may see; empty also when it exists outside the caller's scope. */
  Optional<ProjectView> project(long id);

  ProjectView recordProject(NewProject project);

  /**
   * Links a patent family of the IP licensing module to the project as one of its outputs. Admins,
   * who record projects; the family must exist and may be linked once.
   */
  ProjectView linkPatentFamily(long projectId, Long familyId);

  /** Removes the link of a patent family from the project (admins); refused when not linked. */
  ProjectView unlinkPatentFamily(long projectId, long familyId);

  PublicationPage publications(PublicationQuery query, int firstResult, int maxResults);

  PublicationView recordPublication(NewPublication publication);

  /** A publication the caller may see (its project's readers); empty otherwise. */
  Optional<PublicationView> publication(long id);

  /**
   * The publication with the DOI (in any of its written forms) when the caller may see it; empty
   * when none has it, the text is no DOI, or the caller may not see it.
   */
  Optional<PublicationView> publicationByDoi(String doi);

  /**
   * Corrects a publication (admins) by the rules of a new one; its DOI stays unique among the
   * others. Audited with what changed.
   */
  PublicationView changePublication(long id, NewPublication publication);
}
