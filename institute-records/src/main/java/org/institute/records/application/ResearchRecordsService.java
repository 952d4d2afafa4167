package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.AuditTrail;
import org.institute.core.Caller;
import org.institute.core.KpiFigures;
import org.institute.core.KpiStamps;
import org.institute.core.Money;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.licensing.KnownPatentFamilies;
import org.institute.licensing.PatentFamilyRef;
import org.institute.records.CentreView;
import org.institute.records.NewCentre;
import org.institute.records.NewProject;
import org.institute.records.NewPublication;
import org.institute.records.ProjectPage;
import org.institute.records.ProjectQuery;
import org.institute.records.ProjectView;
import org.institute.records.PublicationPage;
import org.institute.records.PublicationQuery;
import org.institute.records.PublicationView;
import org.institute.records.ResearchRecords;
import org.institute.records.domain.Doi;
import org.institute.records.domain.ProjectPatentFamilies;
import org.institute.records.domain.ProjectPatentFamily;
import org.institute.records.domain.Publication;
import org.institute.records.domain.PublicationTitle;
import org.institute.records.domain.ResearchCentre;
import org.institute.records.domain.ResearchProject;
import org.institute.records.domain.ResearchRepository;

@ApplicationScoped
@Transactional
class ResearchRecordsService implements ResearchRecords {

  @Inject private ResearchRepository records;
  @Inject private KpiStamps kpiStamps;
  @Inject private ResearchRules rules;
  @Inject private KnownPatentFamilies knownFamilies;
  @Inject private AuditTrail audit;
  @Inject private Caller caller;
  @Inject private RecordsPolicy policy;
  @Inject private Clock clock;

  @Override
  public List<CentreView> centres() {
    policy.requireSignedIn("reading research records");
    return records.centres().stream().map(ResearchCentre::view).toList();
  }

  @Override
  public Optional<CentreView> centre(long id) {
    policy.requireSignedIn("reading research records");
    return records.centre(id).map(ResearchCentre::view);
  }

  @Override
  public CentreView setUpCentre(NewCentre command) {
    policy.requireManager("setting up a research centre");
    rules.checkCentre(command);
    ResearchCentre centre = new ResearchCentre(command, clock.instant());
    records.add(centre);
    records.flush();
    audit.record(
        "CENTRE_SET_UP",
        "ResearchCentre",
        centre.id().toString(),
        command.code()
            + " "
            + command.nameEn()
            + " ("
            + command.kind()
            + ", lead partner "
            + command.leadPartner()
            + ")");
    return centre.view();
  }

  @Override
  public ProjectPage projects(ProjectQuery query, int firstResult, int maxResults) {
    Scope viewer = projectScope();
    List<ResearchProject> page = records.projects(query, viewer, firstResult, maxResults);
    Map<Long, String> codes =
        records.centreCodes(
            page.stream().map(ResearchProject::centreId).collect(Collectors.toSet()));
    return new ProjectPage(
        page.stream().map(p -> p.view(codes.get(p.centreId()), false, List.of())).toList(),
        records.countProjects(query, viewer));
  }

  @Override
  public Optional<ProjectView> project(long id) {
    Scope viewer = projectScope();
    return records
        .project(id)
        .filter(p -> viewer.isAll() || viewer.partners().stream().anyMatch(p::involves))
        .map(this::detail);
  }

  @Override
  public ProjectView recordProject(NewProject command) {
    policy.requireManager("recording a research project");
    Money budget = rules.checkProject(command);
    ResearchProject project = new ResearchProject(command, budget, clock.instant());
    records.add(project);
    records.flush();
    kpiStamps.changed(KpiFigures.RESEARCH_PROJECTS);
    audit.record(
        "PROJECT_RECORDED",
        "ResearchProject",
        project.id().toString(),
        project.titleEn()
            + ", centre "
            + command.centreId()
            + ", "
            + command.status()
            + ", starts "
            + command.startDate()
            + ", budget "
            + budget
            + (command.approvalReference() == null
                ? ""
                : ", approved " + command.approvalReference()));
    return detail(project);
  }

  @Override
  public ProjectView linkPatentFamily(long projectId, Long familyId) {
    policy.requireManager("linking a patent family to a research project");
    ResearchProject project =
        records.project(projectId).orElseThrow(() -> new RecordNotFoundException("project"));
    Set<Long> existing =
        familyId == null || familyId <= 0
            ? Set.of()
            : knownFamilies.find(Set.of(familyId)).keySet();
    ProjectPatentFamily link =
        links(projectId).link(familyId, existing, caller.name(), clock.instant());
    records.add(link);
    // a concurrent link of the same family fails here, on the unique key, and answers 409
    records.flush();
    audit.record(
        "PROJECT_PATENT_FAMILY_LINKED",
        "ResearchProject",
        Long.toString(projectId),
        "patent family " + familyId + " linked to " + project.titleEn());
    return detail(project);
  }

  @Override
  public ProjectView unlinkPatentFamily(long projectId, long familyId) {
    policy.requireManager("unlinking a patent family from a research project");
    ResearchProject project =
        records.project(projectId).orElseThrow(() -> new RecordNotFoundException("project"));
    records.remove(links(projectId).unlink(familyId));
    records.flush();
    audit.record(
        "PROJECT_PATENT_FAMILY_UNLINKED",
        "ResearchProject",
        Long.toString(projectId),
        "patent family " + familyId + " unlinked from " + project.titleEn());
    return detail(project);
  }

  private ProjectPatentFamilies links(long projectId) {
    return new ProjectPatentFamilies(projectId, records.patentFamilies(projectId));
  }

  /** One project with its investigators and its patent families, resolved in one call each. */
  private ProjectView detail(ResearchProject p) {
    List<Long> ids = links(p.id()).familyIds();
    Map<Long, PatentFamilyRef> known = ids.isEmpty() ? Map.of() : knownFamilies.find(ids);
    // a family the register no longer knows still shows, by id, rather than vanish silently
    List<PatentFamilyRef> families =
        ids.stream().map(f -> known.getOrDefault(f, new PatentFamilyRef(f, null, null))).toList();
    return p.view(
        records.centre(p.centreId()).map(ResearchCentre::code).orElse(null), true, families);
  }

  @Override
  public PublicationPage publications(PublicationQuery query, int firstResult, int maxResults) {
    Scope viewer = projectScope();
    return new PublicationPage(
        records.publications(query, viewer, firstResult, maxResults).stream()
            .map(Publication::view)
            .toList(),
        records.countPublications(query, viewer));
  }

  @Override
  public PublicationView recordPublication(NewPublication command) {
    policy.requireManager("recording a publication");
    String doi = rules.checkPublication(command);
    Publication publication =
        Publication.typedIn(
            titles(command),
            command.journal(),
            command.year(),
            doi,
            command.authors(),
            command.projectId(),
            clock.instant());
    records.add(publication);
    records.flush();
    kpiStamps.changed(KpiFigures.PUBLICATIONS);
    audit.record(
        "PUBLICATION_RECORDED",
        "Publication",
        publication.id().toString(),
        "doi " + doi + ", " + command.year() + ", project " + command.projectId());
    return publication.view();
  }

  @Override
  public Optional<PublicationView> publication(long id) {
    return records.publication(id).filter(this::visible).map(Publication::view);
  }

  @Override
  public Optional<PublicationView> publicationByDoi(String text) {
    policy.readScope("reading research projects");
    return Doi.normalise(text)
        .flatMap(records::publicationByDoi)
        .filter(this::visible)
        .map(Publication::view);
  }

  @Override
  public PublicationView changePublication(long id, NewPublication command) {
    policy.requireManager("correcting a publication");
    Publication publication =
        records.publication(id).orElseThrow(() -> new RecordNotFoundException("publication"));
    String doi = rules.checkPublication(command, id);
    List<String> changed =
        publication.correct(
            titles(command),
            command.journal(),
            command.year(),
            doi,
            command.authors(),
            command.projectId());
    if (!changed.isEmpty()) {
      // a concurrent change to the same DOI fails here, on the unique key, and answers 409
      records.flush();
      kpiStamps.changed(KpiFigures.PUBLICATIONS);
      audit.record(
          "PUBLICATION_CORRECTED",
          "Publication",
          Long.toString(id),
          "doi " + doi + ": " + String.join(", ", changed));
    }
    return publication.view();
  }

  private static PublicationTitle titles(NewPublication command) {
    return PublicationTitle.of(command.title(), command.titleZh(), command.titleLanguage());
  }

  /** The caller reads the publication's project (so a publication out of scope stays unseen). */
  private boolean visible(Publication publication) {
    Scope viewer = projectScope();
    return viewer.isAll()
        || records
            .project(publication.projectId())
            .filter(p -> viewer.partners().stream().anyMatch(p::involves))
            .isPresent();
  }

  private Scope projectScope() {
    return policy.readScope("reading research projects");
  }
}
