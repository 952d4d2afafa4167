package org.institute.web.records;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.institute.core.PartnerId;
import org.institute.licensing.PatentFamilyRef;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.records.CentreView;
import org.institute.records.HeadquartersSpace;
import org.institute.records.ProjectQuery;
import org.institute.records.ProjectView;
import org.institute.records.PublicationQuery;
import org.institute.records.PublicationView;
import org.institute.records.ResearchRecords;
import org.institute.records.SpinOffQuery;
import org.institute.records.SpinOffView;
import org.institute.records.SpinOffs;
import org.institute.records.UnitOccupancy;
import org.institute.web.platform.export.Column;
import org.institute.web.platform.export.Table;

/**
 * The records area's lists as exportable tables, for the API and the portal alike. Headers are the
 * API's field names, so an export and the JSON list read the same; partners are shown by code.
 */
@RequestScoped
public class RecordTables {

  @Inject private ResearchRecords records;
  @Inject private PartnerDirectory partners;
  @Inject private SpinOffs spinOffs;
  @Inject private HeadquartersSpace space;

  private Map<PartnerId, String> codes;

  public Table<CentreView> centres() {
    return Table.of(
        "centres",
        List.of(
            Column.of("id", CentreView::id),
            Column.of("code", CentreView::code),
            Column.of("nameEn", CentreView::nameEn),
            Column.of("nameZh", CentreView::nameZh),
            Column.of("kind", CentreView::kind),
            Column.of("leadPartner", (CentreView c) -> code(c.leadPartner())),
            Column.of("partners", (CentreView c) -> codes(c.partners())),
            Column.of("status", CentreView::status),
            Column.of("spaceSqm", CentreView::spaceSqm)),
        records.centres());
  }

  public Table<ProjectView> projects(ProjectQuery query) {
    return Table.paged(
        "projects",
        List.of(
            Column.of("id", ProjectView::id),
            Column.of("titleEn", ProjectView::titleEn),
            Column.of("titleZh", ProjectView::titleZh),
            Column.of("centreCode", ProjectView::centreCode),
            Column.of("partners", (ProjectView p) -> codes(p.partners())),
            Column.of("startDate", ProjectView::startDate),
            Column.of("endDate", ProjectView::endDate),
            Column.of("budgetAmount", ProjectView::budgetAmount),
            Column.of("budgetCurrency", ProjectView::budgetCurrency),
            Column.of("status", ProjectView::status),
            Column.of("approvalReference", ProjectView::approvalReference)),
        (offset, limit) -> records.projects(query, offset, limit).projects());
  }

  public Table<PublicationView> publications(PublicationQuery query) {
    return Table.paged(
        "publications",
        List.of(
            Column.of("id", PublicationView::id),
            Column.of("title", PublicationView::title),
            Column.of("titleLanguage", PublicationView::titleLanguage),
            Column.of("titleZh", PublicationView::titleZh),
            Column.of("journal", PublicationView::journal),
            Column.of("year", PublicationView::year),
            Column.of("doi", PublicationView::doi),
            Column.of("authors", PublicationView::authors),
            Column.of("projectId", PublicationView::projectId)),
        (offset, limit) -> records.publications(query, offset, limit).publications());
  }

  public Table<SpinOffView> spinOffs(SpinOffQuery query) {
    return Table.paged(
        "spin-offs",
        List.of(
            Column.of("id", SpinOffView::id),
            Column.of("nameEn", SpinOffView::nameEn),
            Column.of("nameZh", SpinOffView::nameZh),
            Column.of("founders", SpinOffView::founders),
            Column.of("originPartner", (SpinOffView s) -> code(s.originPartner())),
            Column.of(
                "patents",
                (SpinOffView s) -> s.patents().stream().map(PatentFamilyRef::reference).toList()),
            Column.of("foundedOn", SpinOffView::foundedOn),
            Column.of("status", SpinOffView::status)),
        (offset, limit) -> spinOffs.spinOffs(query, offset, limit).spinOffs());
  }

  /** The units on a date, allocated or free, as the records module counts them. */
  public Table<UnitOccupancy> space(LocalDate date) {
    return Table.of(
        "space-" + date,
        List.of(
            Column.of("date", UnitOccupancy::date),
            Column.of("code", (UnitOccupancy u) -> u.unit().code()),
            Column.of("name", (UnitOccupancy u) -> u.unit().name()),
            Column.of("use", (UnitOccupancy u) -> u.unit().use()),
            Column.of("areaSqm", (UnitOccupancy u) -> u.unit().areaSqm()),
            Column.of("allocatedSqm", UnitOccupancy::allocatedSqm),
            Column.of("freeSqm", UnitOccupancy::freeSqm)),
        space.occupancy(date));
  }

  private String code(PartnerId id) {
    if (id == null) {
      return null;
    }
    if (codes == null) {
      codes =
          partners.all().stream()
              .collect(Collectors.toMap(PartnerSummary::id, PartnerSummary::code));
    }
    return codes.getOrDefault(id, id.toString());
  }

  private List<String> codes(Collection<PartnerId> ids) {
    return ids.stream().map(this::code).sorted().toList();
  }
}
