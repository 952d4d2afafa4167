package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.institute.core.AccessRefusedException;
import org.institute.core.ConflictException;
import org.institute.core.InvalidCommandException;
import org.institute.core.KnownPartners;
import org.institute.core.KpiFigures;
import org.institute.core.PartnerId;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Scope;
import org.institute.core.testing.CountedKpiStamps;
import org.institute.core.testing.RecordingAudit;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.institute.licensing.KnownPatentFamilies;
import org.institute.licensing.PatentFamilyRef;
import org.institute.records.CentreKind;
import org.institute.records.CentreView;
import org.institute.records.Investigator;
import org.institute.records.NewCentre;
import org.institute.records.NewProject;
import org.institute.records.NewPublication;
import org.institute.records.ProjectPage;
import org.institute.records.ProjectQuery;
import org.institute.records.ProjectStatus;
import org.institute.records.ProjectView;
import org.institute.records.PublicationQuery;
import org.institute.records.PublicationView;
import org.institute.records.domain.ProjectPatentFamily;
import org.institute.records.domain.Publication;
import org.institute.records.domain.ResearchCentre;
import org.institute.records.domain.ResearchProject;
import org.institute.records.domain.ResearchRepository;
import org.junit.jupiter.api.Test;

/** Research records in memory; partners 1 and 2 and patent families 11 and 12 are known. */
class ResearchRecordsServiceTest {

  private static final PartnerId NTU = new PartnerId(1);
  private static final PartnerId SCUT = new PartnerId(2);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);

  private final Store store = new Store();
  private final RecordingAudit audit = new RecordingAudit();
  private final CountedKpiStamps kpiStamps = new CountedKpiStamps();
  private final KnownPatentFamilies families =
      ids -> {
        Map<Long, PatentFamilyRef> known = new HashMap<>();
        ids.stream()
            .filter(id -> id == 11L || id == 12L)
            .forEach(id -> known.put(id, new PatentFamilyRef(id, "PF-" + id, "Family " + id)));
        return known;
      };

  static final class Store implements ResearchRepository {
    final List<ResearchCentre> centres = new ArrayList<>();
    final List<ResearchProject> projects = new ArrayList<>();
    final List<ProjectPatentFamily> links = new ArrayList<>();
    final List<Publication> publications = new ArrayList<>();

    private static void stored(Object entity, long id) {
      try {
        Field f = entity.getClass().getDeclaredField("id");
        f.setAccessible(true);
        f.set(entity, id);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    private static boolean visible(ResearchProject p, Scope scope) {
      return scope.isAll() || scope.partners().stream().anyMatch(p::involves);
    }

    @Override
    public void add(ResearchCentre centre) {
      stored(centre, centres.size() + 1);
      centres.add(centre);
    }

    @Override
    public List<ResearchCentre> centres() {
      return List.copyOf(centres);
    }

    @Override
    public Optional<ResearchCentre> centre(long id) {
      return centres.stream().filter(c -> c.id() == id).findFirst();
    }

    @Override
    public Optional<ResearchCentre> centreByCode(String code) {
      return centres.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    @Override
    public void add(ResearchProject project) {
      stored(project, projects.size() + 1);
      projects.add(project);
    }

    @Override
    public List<ResearchProject> projects(ProjectQuery query, Scope visibleTo, int first, int max) {
      return projects.stream().filter(p -> visible(p, visibleTo)).skip(first).limit(max).toList();
    }

    @Override
    public long countProjects(ProjectQuery query, Scope visibleTo) {
      return projects.stream().filter(p -> visible(p, visibleTo)).count();
    }

    @Override
    public Optional<ResearchProject> project(long id) {
      return projects.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public List<ProjectPatentFamily> patentFamilies(long projectId) {
      return links.stream().filter(l -> l.projectId() == projectId).toList();
    }

    @Override
    public void add(ProjectPatentFamily link) {
      links.add(link);
    }

    @Override
    public void remove(ProjectPatentFamily link) {
      links.remove(link);
    }

    @Override
    public void add(Publication publication) {
      stored(publication, publications.size() + 1);
      publications.add(publication);
    }

    @Override
    public boolean doiTaken(String doi) {
      return publications.stream().anyMatch(p -> p.doi().equals(doi));
    }

    @Override
    public Optional<Publication> publication(long id) {
      return publications.stream().filter(p -> p.id() == id).findFirst();
    }

    @Override
    public Optional<Publication> publicationByDoi(String doi) {
      return publications.stream().filter(p -> p.doi().equals(doi)).findFirst();
    }

    @Override
    public Set<String> takenDois(Collection<String> dois) {
      Set<String> taken = new java.util.HashSet<>();
      publications.stream().map(Publication::doi).filter(dois::contains).forEach(taken::add);
      return taken;
    }

    @Override
    public List<Publication> publications(
        PublicationQuery query, Scope visibleTo, int first, int max) {
      return publications.stream().skip(first).limit(max).toList();
    }

    @Override
    public long countPublications(PublicationQuery query, Scope visibleTo) {
      return publications.size();
    }

    @Override
    public Map<Integer, Long> projectsStartingByYear(LocalDate from, LocalDate to) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<ResearchProject> projectsStarting(
        LocalDate from, LocalDate to, int first, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<Integer, Long> publicationsByYear(int fromYear, int toYear) {
      throw new UnsupportedOperationException();
    }

    @Override
    public List<Publication> publicationsIn(int fromYear, int toYear, int first, int max) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<Long, String> centreCodes(Collection<Long> ids) {
      Map<Long, String> codes = new HashMap<>();
      centres.stream().filter(c -> ids.contains(c.id())).forEach(c -> codes.put(c.id(), c.code()));
      return codes;
    }

    @Override
    public void flush() {}
  }

  private ResearchRecordsService service(TestCaller caller) {
    KnownPartners partners = p -> p.equals(NTU) || p.equals(SCUT);
    ResearchRules rules = new ResearchRules();
    Wiring.inject(rules, "records", store);
    Wiring.inject(rules, "knownPartners", partners);
    Wiring.inject(rules, "clock", CLOCK);
    ResearchRecordsService service = new ResearchRecordsService();
    Wiring.inject(service, "records", store);
    Wiring.inject(service, "rules", rules);
    Wiring.inject(service, "knownFamilies", families);
    Wiring.inject(service, "audit", audit);
    Wiring.inject(service, "kpiStamps", kpiStamps);
    Wiring.inject(service, "caller", caller);
    Wiring.inject(service, "policy", Wiring.inject(new RecordsPolicy(), "caller", caller));
    Wiring.inject(service, "clock", CLOCK);
    return service;
  }

  private static NewCentre centre(String code) {
    return new NewCentre(code, "Grid lab", null, CentreKind.RD_CENTRE, NTU, Set.of(), null, 200);
  }

  private static NewProject project(String title, PartnerId pi, String approval) {
    return new NewProject(
        title,
        null,
        1L,
        List.of(new Investigator("Prof. Lee", pi)),
        Set.of(),
        LocalDate.of(2024, 1, 15),
        LocalDate.of(2026, 1, 14),
        "250000",
        "SGD",
        approval == null ? ProjectStatus.PROPOSED : ProjectStatus.ACTIVE,
        approval);
  }

  private ResearchRecordsService withCentreAndProject() {
    ResearchRecordsService admin = service(TestCaller.admin());
    admin.setUpCentre(centre("GRID"));
    admin.recordProject(project("Grid forecasting", NTU, "GC-2024-01"));
    return admin;
  }

  @Test
  void anAdminSetsUpACentreWhichIsAudited() {
    CentreView view = service(TestCaller.admin()).setUpCentre(centre("GRID"));

    assertThat(view.id()).isEqualTo(1);
    assertThat(view.code()).isEqualTo("GRID");
    assertThat(audit.entries)
        .containsExactly(
            "CENTRE_SET_UP ResearchCentre#1: GRID Grid lab (RD_CENTRE, lead partner 1)");
    assertThat(service(TestCaller.coordinator()).centres())
        .extracting(CentreView::code)
        .containsExactly("GRID");
    assertThat(service(TestCaller.coordinator()).centre(1)).isPresent();
    assertThat(service(TestCaller.coordinator()).centre(2)).isEmpty();
  }

  @Test
  void centresAreForSignedInReadersAndSetUpByAdminsOnly() {
    assertThatThrownBy(() -> service(TestCaller.anonymous()).centres())
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> service(TestCaller.anonymous()).centre(1))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> service(TestCaller.council()).setUpCentre(centre("GRID")))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(store.centres).isEmpty();
  }

  @Test
  void aCentreCodeIsTakenOnce() {
    ResearchRecordsService admin = service(TestCaller.admin());
    admin.setUpCentre(centre("GRID"));

    assertThatThrownBy(() -> admin.setUpCentre(centre("GRID")))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(store.centres).hasSize(1);
  }

  @Test
  void aRecordedProjectIsShownWithItsCentreAndAudited() {
    ResearchRecordsService admin = service(TestCaller.admin());
    admin.setUpCentre(centre("GRID"));

    ProjectView view = admin.recordProject(project("Grid forecasting", NTU, "GC-2024-01"));
    admin.recordProject(project("Load study", SCUT, null));

    assertThat(view.id()).isEqualTo(1);
    assertThat(view.centreCode()).isEqualTo("GRID");
    assertThat(view.investigators()).hasSize(1);
    assertThat(audit.entries.get(1))
        .isEqualTo(
            "PROJECT_RECORDED ResearchProject#1: Grid forecasting, centre 1, ACTIVE, starts"
                + " 2024-01-15, budget SGD 250,000.00, approved GC-2024-01");
    assertThat(audit.entries.get(2))
        .isEqualTo(
            "PROJECT_RECORDED ResearchProject#2: Load study, centre 1, PROPOSED, starts"
                + " 2024-01-15, budget SGD 250,000.00");
    assertThat(kpiStamps.moves(KpiFigures.RESEARCH_PROJECTS)).isEqualTo(2);
  }

  @Test
  void onlyAdminsRecordProjectsAndPublications() {
    withCentreAndProject();
    ResearchRecordsService staff = service(TestCaller.staffOf(1));

    assertThatThrownBy(() -> staff.recordProject(project("X", NTU, null)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                staff.recordPublication(new NewPublication("T", "J", 2024, "10.1109/x.1", "A", 1L)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.linkPatentFamily(1, 11L))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(() -> staff.unlinkPatentFamily(1, 11L))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(store.projects).hasSize(1);
    assertThat(store.links).isEmpty();
  }

  @Test
  void aProjectWithBadFieldsIsNotRecorded() {
    ResearchRecordsService admin = service(TestCaller.admin());
    admin.setUpCentre(centre("GRID"));

    assertThatThrownBy(() -> admin.recordProject(project(" ", NTU, null)))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(store.projects).isEmpty();
  }

  @Test
  void partnerStaffSeeTheProjectsTheirPartnerIsInvolvedIn() {
    ResearchRecordsService admin = withCentreAndProject();
    admin.recordProject(project("Load study", SCUT, null));
    ResearchRecordsService staff = service(TestCaller.staffOf(2));

    ProjectPage page = staff.projects(ProjectQuery.all(), 0, 10);

    assertThat(page.projects()).extracting(ProjectView::titleEn).containsExactly("Load study");
    assertThat(page.projects().get(0).centreCode()).isEqualTo("GRID");
    assertThat(page.projects().get(0).investigators()).isEmpty();
    assertThat(page.total()).isEqualTo(1);
    assertThat(staff.project(1)).isEmpty();
    assertThat(staff.project(2)).map(ProjectView::titleEn).contains("Load study");
    assertThat(service(TestCaller.council()).project(1)).isPresent();
    assertThatThrownBy(() -> service(TestCaller.anonymous()).projects(ProjectQuery.all(), 0, 10))
        .isInstanceOf(AccessRefusedException.class);
  }

  @Test
  void aKnownPatentFamilyIsLinkedOnceAndAudited() {
    ResearchRecordsService admin = withCentreAndProject();

    ProjectView view = admin.linkPatentFamily(1, 12L);

    assertThat(view.patentFamilies())
        .containsExactly(new PatentFamilyRef(12, "PF-12", "Family 12"));
    assertThat(store.links).extracting(ProjectPatentFamily::linkedBy).containsExactly("admin");
    assertThat(audit.entries.get(2))
        .isEqualTo(
            "PROJECT_PATENT_FAMILY_LINKED ResearchProject#1: patent family 12 linked to Grid"
                + " forecasting");
    assertThatThrownBy(() -> admin.linkPatentFamily(1, 12L)).isInstanceOf(ConflictException.class);
  }

  @Test
  void anUnknownOrMissingFamilyOrProjectIsNotLinked() {
    ResearchRecordsService admin = withCentreAndProject();

    assertThatThrownBy(() -> admin.linkPatentFamily(1, 99L))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> admin.linkPatentFamily(1, null))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> admin.linkPatentFamily(1, 0L))
        .isInstanceOf(InvalidCommandException.class);
    assertThatThrownBy(() -> admin.linkPatentFamily(2, 11L))
        .isInstanceOf(RecordNotFoundException.class);
    assertThat(store.links).isEmpty();
  }

  @Test
  void aFamilyTheRegisterNoLongerKnowsStillShowsById() {
    ResearchRecordsService admin = withCentreAndProject();
    admin.linkPatentFamily(1, 11L);
    // the register forgot family 11: the detail keeps it, by id
    Wiring.inject(admin, "knownFamilies", (KnownPatentFamilies) ids -> Map.of());

    assertThat(admin.project(1).orElseThrow().patentFamilies())
        .containsExactly(new PatentFamilyRef(11, null, null));
  }

  @Test
  void unlinkingRemovesTheLinkAndIsAudited() {
    ResearchRecordsService admin = withCentreAndProject();
    admin.linkPatentFamily(1, 11L);
    admin.linkPatentFamily(1, 12L);

    ProjectView view = admin.unlinkPatentFamily(1, 11L);

    assertThat(view.patentFamilies()).extracting(PatentFamilyRef::id).containsExactly(12L);
    assertThat(audit.entries.get(4))
        .isEqualTo(
            "PROJECT_PATENT_FAMILY_UNLINKED ResearchProject#1: patent family 11 unlinked from Grid"
                + " forecasting");
    assertThatThrownBy(() -> admin.unlinkPatentFamily(1, 11L))
        .isInstanceOf(RecordNotFoundException.class);
    assertThatThrownBy(() -> admin.unlinkPatentFamily(3, 12L))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aPublicationIsRecordedWithItsNormalDoiAndAudited() {
    ResearchRecordsService admin = withCentreAndProject();

    PublicationView view =
        admin.recordPublication(
            new NewPublication(
                " Load forecasting ", " IEEE TPWRS ", 2025, "doi:10.1109/TPWRS.1", " Lee ", 1L));

    assertThat(view.id()).isEqualTo(1);
    assertThat(view.doi()).isEqualTo("10.1109/tpwrs.1");
    assertThat(view.title()).isEqualTo("Load forecasting");
    assertThat(audit.entries.get(2))
        .isEqualTo("PUBLICATION_RECORDED Publication#1: doi 10.1109/tpwrs.1, 2025, project 1");
    var page =
        service(TestCaller.staffOf(1)).publications(new PublicationQuery(null, null, null), 0, 10);
    assertThat(page.publications()).containsExactly(view);
    assertThat(page.total()).isEqualTo(1);
    assertThatThrownBy(
            () ->
                admin.recordPublication(
                    new NewPublication("T", "J", 2025, "10.1109/tpwrs.1", "A", 1L)))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(store.publications).hasSize(1);
    // the refused second one left the dashboard's count as it was
    assertThat(kpiStamps.moves(KpiFigures.PUBLICATIONS)).isEqualTo(1);
  }

  @Test
  void aPaperWithAChineseTitleOnlyKeepsItTaggedChinese() {
    ResearchRecordsService admin = withCentreAndProject();

    PublicationView view =
        admin.recordPublication(
            new NewPublication(" ", "华南理工大学学报", 2024, "10.12141/x.1", "陈明", 1L, " 固态电解质研究 ", "en"));

    assertThat(view.title()).isEqualTo("固态电解质研究");
    assertThat(view.titleLanguage()).isEqualTo("zh");
    assertThat(view.titleZh()).isNull();
  }

  @Test
  void aPaperWithBothTitlesShowsEachReaderTheirs() {
    ResearchRecordsService admin = withCentreAndProject();

    PublicationView view =
        admin.recordPublication(
            new NewPublication(
                "Solid electrolytes", "J", 2024, "10.12141/x.2", "Chen", 1L, "固态电解质", "en-GB"));

    assertThat(view.titleLanguage()).isEqualTo("en-GB");
    assertThat(view.title("zh-CN")).isEqualTo("固态电解质");
    assertThat(view.titleLanguage("zh-CN")).isEqualTo("zh");
    assertThat(view.title("en")).isEqualTo("Solid electrolytes");
    assertThat(view.titleLanguage("en")).isEqualTo("en-GB");
  }

  @Test
  void aCorrectionIsAuditedWithWhatChanged() {
    ResearchRecordsService admin = withCentreAndProject();
    long id =
        admin.recordPublication(new NewPublication("T", "J", 2024, "10.1109/x.1", "A", 1L)).id();

    PublicationView view =
        admin.changePublication(
            id, new NewPublication("T", "J", 2025, "https://doi.org/10.1109/X.2", "A", 1L));

    assertThat(view.year()).isEqualTo(2025);
    assertThat(view.doi()).isEqualTo("10.1109/x.2");
    assertThat(audit.entries.get(audit.entries.size() - 1))
        .isEqualTo(
            "PUBLICATION_CORRECTED Publication#"
                + id
                + ": doi 10.1109/x.2: year 2024 -> 2025, doi 10.1109/x.1 -> 10.1109/x.2");
  }

  @Test
  void aCorrectionThatChangesNothingIsNotAudited() {
    ResearchRecordsService admin = withCentreAndProject();
    long id =
        admin.recordPublication(new NewPublication("T", "J", 2024, "10.1109/x.1", "A", 1L)).id();
    int entries = audit.entries.size();

    admin.changePublication(id, new NewPublication("T", "J", 2024, "10.1109/X.1", "A", 1L));

    assertThat(audit.entries).hasSize(entries);
  }

  @Test
  void aCorrectionKeepsItsOwnDoiButMayNotTakeAnothers() {
    ResearchRecordsService admin = withCentreAndProject();
    admin.recordPublication(new NewPublication("T", "J", 2024, "10.1109/x.1", "A", 1L));
    long second =
        admin.recordPublication(new NewPublication("U", "J", 2024, "10.1109/x.2", "A", 1L)).id();

    assertThatThrownBy(
            () ->
                admin.changePublication(
                    second, new NewPublication("U", "J", 2024, "10.1109/X.1", "A", 1L)))
        .isInstanceOf(InvalidCommandException.class);
    assertThat(admin.publication(second).orElseThrow().doi()).isEqualTo("10.1109/x.2");
  }

  @Test
  void onlyAdminsCorrectAndAnUnknownPublicationIsNotFound() {
    ResearchRecordsService admin = withCentreAndProject();
    long id =
        admin.recordPublication(new NewPublication("T", "J", 2024, "10.1109/x.1", "A", 1L)).id();

    assertThatThrownBy(
            () ->
                service(TestCaller.staffOf(1))
                    .changePublication(
                        id, new NewPublication("T", "J", 2025, "10.1109/x.1", "A", 1L)))
        .isInstanceOf(AccessRefusedException.class);
    assertThatThrownBy(
            () ->
                admin.changePublication(
                    99, new NewPublication("T", "J", 2025, "10.1109/x.1", "A", 1L)))
        .isInstanceOf(RecordNotFoundException.class);
  }

  @Test
  void aPublicationIsFoundByAnyFormOfItsDoiByItsProjectsReadersOnly() {
    ResearchRecordsService admin = withCentreAndProject();
    long id =
        admin.recordPublication(new NewPublication("T", "J", 2024, "10.1109/x.1", "A", 1L)).id();

    assertThat(admin.publicationByDoi("https://doi.org/10.1109/X.1")).isPresent();
    assertThat(service(TestCaller.staffOf(1)).publicationByDoi("doi:10.1109/x.1")).isPresent();
    assertThat(service(TestCaller.staffOf(2)).publicationByDoi("10.1109/x.1")).isEmpty();
    assertThat(service(TestCaller.staffOf(2)).publication(id)).isEmpty();
    assertThat(admin.publicationByDoi("not a doi")).isEmpty();
    assertThat(admin.publicationByDoi("10.1109/x.9")).isEmpty();
  }
}
