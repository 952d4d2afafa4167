package org.institute.records.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.institute.core.Money;
import org.institute.core.PartnerId;
import org.institute.licensing.PatentFamilyRef;
import org.institute.records.Investigator;
import org.institute.records.NewProject;
import org.institute.records.ProjectStatus;
import org.institute.records.ProjectView;

/**
 * A research project run in one centre. Its partners are held by id and always include the partners
 * of its principal investigators. It counts towards KPIs by its start date.
 */
@Entity
@Table(name = "rec_project")
public class ResearchProject {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "title_en", nullable = false, length = 300)
  private String titleEn;

  @Column(name = "title_zh", length = 300)
  private String titleZh;

  @Column(name = "centre_id", nullable = false)
  private long centreId;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date", nullable = false)
  private LocalDate endDate;

  @Column(name = "budget_amount", nullable = false, precision = 17, scale = 2)
  private BigDecimal budgetAmount;

  @Column(name = "budget_currency", nullable = false, length = 3)
  private String budgetCurrency;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private ProjectStatus status;

  @Column(name = "approval_ref", length = 20)
  private String approvalReference;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version private long version;

  @ElementCollection
  @CollectionTable(name = "rec_project_partner", joinColumns = @JoinColumn(name = "project_id"))
  @Column(name = "partner_id", nullable = false)
  private Set<Long> partners = new HashSet<>();

  @ElementCollection
  @CollectionTable(
      name = "rec_project_investigator",
      joinColumns = @JoinColumn(name = "project_id"))
  @OrderColumn(name = "list_index")
  private List<ProjectInvestigator> investigators = new ArrayList<>();

  protected ResearchProject() {}

  /** A project from a checked command and its parsed budget. */
  public ResearchProject(NewProject p, Money budget, Instant now) {
    this.titleEn = p.titleEn().trim();
    this.titleZh = p.titleZh() == null || p.titleZh().isBlank() ? null : p.titleZh().trim();
    this.centreId = p.centreId();
    this.startDate = p.startDate();
    this.endDate = p.endDate();
    this.budgetAmount = budget.amount();
    this.budgetCurrency = budget.currency().getCurrencyCode();
    this.status = p.status();
    this.approvalReference =
        p.approvalReference() == null || p.approvalReference().isBlank()
            ? null
            : p.approvalReference().trim();
    p.investigators().forEach(i -> investigators.add(new ProjectInvestigator(i)));
    p.partners().forEach(x -> partners.add(x.value()));
    p.investigators().forEach(i -> partners.add(i.partner().value()));
    this.createdAt = now;
  }

  public Money budget() {
    return Money.of(budgetAmount, Currency.getInstance(budgetCurrency));
  }

  /** The project as readers see it; lists pass no patent families and leave out investigators. */
  public ProjectView view(
      String centreCode, boolean withInvestigators, List<PatentFamilyRef> patentFamilies) {
    return new ProjectView(
        id,
        titleEn,
        titleZh,
        centreId,
        centreCode,
        withInvestigators
            ? investigators.stream().map(ProjectInvestigator::view).toList()
            : List.<Investigator>of(),
        partners.stream().map(PartnerId::new).collect(Collectors.toSet()),
        startDate,
        endDate,
        budget().amount(),
        budgetCurrency,
        budget().toString(),
        status,
        approvalReference,
        patentFamilies,
        version);
  }

  public boolean involves(PartnerId partner) {
    return partners.contains(partner.value());
  }

  public Long id() {
    return id;
  }

  public String titleEn() {
    return titleEn;
  }

  public long centreId() {
    return centreId;
  }

  public LocalDate startDate() {
    return startDate;
  }

  public ProjectStatus status() {
    return status;
  }
}
