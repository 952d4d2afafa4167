package org.institute.core.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.institute.core.AccessRefusedException;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.CentreView;
import org.institute.core.Money;
import org.institute.core.NewCentre;
import org.institute.core.NewProject;
import org.institute.core.NewPublication;
import org.institute.core.PartnerId;
import org.institute.core.ProjectPage;
import org.institute.core.ProjectQuery;
import org.institute.core.ProjectView;
import org.institute.core.PublicationPage;
import org.institute.core.PublicationQuery;
import org.institute.core.PublicationView;
import org.institute.core.ResearchRecords;
import org.institute.core.Role;
import org.institute.core.domain.Publication;
import org.institute.core.domain.ResearchCentre;
import org.institute.core.domain.ResearchProject;
import org.institute.core.domain.ResearchRepository;

@ApplicationScoped
@Transactional
class ResearchRecordsService implements ResearchRecords {

  @Inject private ResearchRepository records;
  @Inject private ResearchRules rules;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private Clock clock;

  @Override
  public List<CentreView> centres() {
    requireSignedIn();
    return records.centres().stream().map(ResearchCentre::view).toList();
  }

  @Override
  public Optional<CentreView> centre(long id) {
    requireSignedIn();
    return records.centre(id).map(ResearchCentre::view);
  }

  @Override
  public CentreView setUpCentre(NewCentre command) {
    requireAdmin("setting up a research centre");
    rules.checkCentre(command);
    ResearchCentre centre = new ResearchCentre(command, clock.instant());
    records.add(centre);
    records.flush();
    audit.record(
        "CENTRE_SET_UP",
        "ResearchCentre",
        centre.id().toString(),
        command.code() + " " + command.nameEn() + " (" + command.kind() + ", lead partner "
            + command.leadPartner() + ")");
    return centre.view();
  }

  @Override
  public ProjectPage projects(ProjectQuery query, int firstResult, int maxResults) {
    PartnerId viewer = projectScope();
    List<ResearchProject> page = records.projects(query, viewer, firstResult, maxResults);
    Map<Long, String> codes =
        records.centreCodes(page.stream().map(ResearchProject::centreId).collect(Collectors.toSet()));
    return new ProjectPage(
        page.stream().map(p -> p.view(codes.get(p.centreId()), false)).toList(),
        records.countProjects(query, viewer));
  }

  @Override
  public Optional<ProjectView> project(long id) {
    PartnerId viewer = projectScope();
    return records
        .project(id)
        .filter(p -> viewer == null || p.involves(viewer))
        .map(
            p ->
                p.view(
                    records.centre(p.centreId()).map(ResearchCentre::code).orElse(null), true));
  }

  @Override
  public ProjectView recordProject(NewProject command) {
    requireAdmin("recording a research project");
    Money budget = rules.checkProject(command);
    ResearchProject project = new ResearchProject(command, budget, clock.instant());
    records.add(project);
    records.flush();
    audit.record(
        "PROJECT_RECORDED",
        "ResearchProject",
        project.id().toString(),
        project.titleEn() + ", centre " + command.centreId() + ", " + command.status() + ", starts "
            + command.startDate() + ", budget " + budget
            + (command.approvalReference() == null ? "" : ", approved " + command.approvalReference()));
    return project.view(
        records.centre(project.centreId()).map(ResearchCentre::code).orElse(null), true);
  }

  @Override
  public PublicationPage publications(PublicationQuery query, int firstResult, int maxResults) {
    PartnerId viewer = projectScope();
    return new PublicationPage(
        records.publications(query, viewer, firstResult, maxResults).stream()
            .map(Publication::view)
            .toList(),
        records.countPublications(query, viewer));
  }

  @Override
  public PublicationView recordPublication(NewPublication command) {
    requireAdmin("recording a publication");
    String doi = rules.checkPublication(command);
    Publication publication =
        new Publication(
            command.title(), command.journal(), command.year(), doi, command.authors(),
            command.projectId(), clock.instant());
    records.add(publication);
    records.flush();
    audit.record(
        "PUBLICATION_RECORDED",
        "Publication",
        publication.id().toString(),
        "doi " + doi + ", " + command.year() + ", project " + command.projectId());
    return publication.view();
  }

  /**
   * Null when the caller sees every project (admins, council, auditors); the caller's partner for
   * partner staff; a refusal for anyone else (coordinators read centres only).
   */
  private PartnerId projectScope() {
    requireSignedIn();
    if (caller.hasRole(Role.ADMIN) || caller.hasRole(Role.COUNCIL) || caller.hasRole(Role.AUDITOR)) {
      return null;
    }
    if (caller.hasRole(Role.PARTNER_STAFF) && caller.partner().isPresent()) {
      return caller.partner().get();
    }
    throw new AccessRefusedException("reading research projects");
  }

  private void requireSignedIn() {
    if (!caller.isAuthenticated()) {
      throw new AccessRefusedException("reading research records");
    }
  }

  private void requireAdmin(String what) {
    if (!caller.hasRole(Role.ADMIN)) {
      throw new AccessRefusedException(what);
    }
  }
}
