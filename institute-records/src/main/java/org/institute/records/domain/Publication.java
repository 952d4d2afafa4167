package org.institute.records.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.institute.records.PublicationView;

/** A journal paper from a research project; its DOI, in lower case, is unique. */
@Entity
@Table(name = "rec_publication")
public class Publication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, length = 500)
  private String title;

  @Column(nullable = false, length = 300)
  private String journal;

  @Column(name = "pub_year", nullable = false)
  private int year;

  @Column(nullable = false, length = 200, unique = true)
  private String doi;

  @Column(nullable = false, length = 1000)
  private String authors;

  @Column(name = "project_id", nullable = false)
  private long projectId;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "title_lang", length = 35)
  private String titleLanguage;

  @Column(name = "import_ref", length = 40)
  private String importRef;

  @Column(name = "title_zh", length = 500)
  private String titleZh;

  protected Publication() {}

  public Publication(
      String title,
      String journal,
      int year,
      String doi,
      String authors,
      long projectId,
      Instant now) {
    this.title = title.trim();
    this.journal = journal.trim();
    this.year = year;
    this.doi = doi;
    this.authors = authors.trim();
    this.projectId = projectId;
    this.createdAt = now;
  }

  /**
   * A paper brought in by an import: the title keeps its language tag (BCP 47, or null when
   * unknown) and the publication names the import that created it.
   */
  public static Publication imported(
      String title,
      String titleLanguage,
      String journal,
      int year,
      String doi,
      String authors,
      long projectId,
      String importRef,
      Instant now) {
    Publication publication = new Publication(title, journal, year, doi, authors, projectId, now);
    publication.titleLanguage = titleLanguage;
    publication.importRef = importRef;
    return publication;
  }

  /** A paper typed in, with its titles as {@link PublicationTitle} stores them. */
  public static Publication typedIn(
      PublicationTitle titles,
      String journal,
      int year,
      String doi,
      String authors,
      long projectId,
      Instant now) {
    Publication publication =
        new Publication(titles.title(), journal, year, doi, authors, projectId, now);
    publication.titleLanguage = titles.language();
    publication.titleZh = titles.titleZh();
    return publication;
  }

  /**
   * Corrects the paper, checked by the rules of a new one; the import that brought it in stays
   * named.
   *
   * @return what changed, field by field ("year 2021 -> 2022"), for the audit trail; empty when
   *     nothing did
   */
  public List<String> correct(
      PublicationTitle titles,
      String journal,
      int year,
      String doi,
      String authors,
      long projectId) {
    List<String> changed = new ArrayList<>();
    title = change(changed, "title", title, titles.title());
    titleLanguage = change(changed, "title language", titleLanguage, titles.language());
    titleZh = change(changed, "Chinese title", titleZh, titles.titleZh());
    this.journal = change(changed, "journal", this.journal, journal.trim());
    if (this.year != year) {
      changed.add("year " + this.year + " -> " + year);
      this.year = year;
    }
    this.doi = change(changed, "doi", this.doi, doi);
    this.authors = change(changed, "authors", this.authors, authors.trim());
    if (this.projectId != projectId) {
      changed.add("project " + this.projectId + " -> " + projectId);
      this.projectId = projectId;
    }
    return changed;
  }

  private static String change(List<String> changed, String field, String before, String after) {
    if (!Objects.equals(before, after)) {
      changed.add(
          field
              + (field.contains("title") || field.equals("authors")
                  ? " changed"
                  : " " + before + " -> " + after));
    }
    return after;
  }

  public PublicationView view() {
    return new PublicationView(
        id, title, journal, year, doi, authors, projectId, titleLanguage, importRef, titleZh);
  }

  public long projectId() {
    return projectId;
  }

  public Long id() {
    return id;
  }

  public String doi() {
    return doi;
  }
}
