package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.institute.core.AuditTrail;
import org.institute.core.InvalidCommandException;
import org.institute.core.KpiFigures;
import org.institute.core.KpiStamps;
import org.institute.core.Violation;
import org.institute.records.BibliographyFormat;
import org.institute.records.ImportLine;
import org.institute.records.ImportOutcome;
import org.institute.records.ImportReport;
import org.institute.records.PublicationImport;
import org.institute.records.PublicationImports;
import org.institute.records.domain.BibTexReader;
import org.institute.records.domain.BibliographicEntry;
import org.institute.records.domain.BibliographyException;
import org.institute.records.domain.BibliographyText;
import org.institute.records.domain.CslJsonReader;
import org.institute.records.domain.Doi;
import org.institute.records.domain.Publication;
import org.institute.records.domain.PublicationImportPlan;
import org.institute.records.domain.ResearchRepository;
import org.institute.records.domain.RisReader;

/**
 * Reads the file, plans every entry with {@link PublicationImportPlan} and, unless it is a dry run,
 * creates the accepted entries in this one transaction: each publication is audited with the
 * import's reference, and the import itself once with its counts.
 */
@ApplicationScoped
@Transactional
class PublicationImportService implements PublicationImports {

  /** The largest file an import reads: 10 MB, some 20,000 BibTeX entries. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  static final int MAX_ENTRIES = 5_000;

  @Inject private ResearchRepository records;
  @Inject private KpiStamps kpiStamps;
  @Inject private AuditTrail audit;
  @Inject private RecordsPolicy policy;
  @Inject private Clock clock;

  @Override
  public ImportReport importPublications(PublicationImport command) {
    policy.requireManager("importing publications");
    checkCommand(command);
    List<BibliographicEntry> entries;
    try {
      entries = read(command.format(), BibliographyText.decode(command.content()));
    } catch (BibliographyException e) {
      throw InvalidCommandException.of("file", e.messageKey());
    }
    if (entries.isEmpty()) {
      throw InvalidCommandException.of("file", "publication.import.file.empty");
    }
    if (entries.size() > MAX_ENTRIES) {
      throw InvalidCommandException.of("file", "publication.import.file.tooManyEntries");
    }
    List<String> dois = new ArrayList<>();
    for (BibliographicEntry entry : entries) {
      Doi.normalise(entry.doi()).ifPresent(dois::add);
    }
    List<ImportLine> lines =
        PublicationImportPlan.plan(
            entries, records.takenDois(dois), LocalDate.now(clock).getYear());
    String ref = reference(command.content());
    int created = count(lines, ImportOutcome.CREATE);
    if (!command.dryRun()) {
      create(lines, command.projectId(), ref, clock.instant());
      audit.record(
          "PUBLICATIONS_IMPORTED",
          "PublicationImport",
          ref,
          command.fileName()
              + " ("
              + command.format()
              + ") into project "
              + command.projectId()
              + ": "
              + created
              + " created, "
              + count(lines, ImportOutcome.UNCHANGED)
              + " unchanged, "
              + count(lines, ImportOutcome.REFUSED)
              + " refused");
    }
    return new ImportReport(
        ref,
        command.fileName(),
        command.format(),
        command.dryRun(),
        created,
        count(lines, ImportOutcome.UNCHANGED),
        count(lines, ImportOutcome.REFUSED),
        lines);
  }

  private void create(List<ImportLine> lines, long projectId, String ref, Instant now) {
    List<Publication> added = new ArrayList<>();
    for (ImportLine line : lines) {
      if (line.outcome() == ImportOutcome.CREATE) {
        Publication publication =
            Publication.imported(
                line.title(),
                line.titleLanguage(),
                line.venue(),
                line.year(),
                line.doi(),
                line.authors(),
                projectId,
                ref,
                now);
        records.add(publication);
        added.add(publication);
      }
    }
    records.flush();
    if (!added.isEmpty()) {
      kpiStamps.changed(KpiFigures.PUBLICATIONS);
    }
    for (Publication publication : added) {
      audit.record(
          "PUBLICATION_IMPORTED",
          "Publication",
          publication.id().toString(),
          "doi " + publication.doi() + ", project " + projectId + ", import " + ref);
    }
  }

  private void checkCommand(PublicationImport command) {
    List<Violation> problems = new ArrayList<>();
    if (command.fileName() == null || command.fileName().isBlank()) {
      problems.add(new Violation("fileName", "field.required"));
    } else if (command.fileName().length() > 200) {
      problems.add(new Violation("fileName", "field.tooLong"));
    }
    if (command.format() == null) {
      problems.add(new Violation("format", "field.required"));
    }
    if (command.content() == null || command.content().length == 0) {
      problems.add(new Violation("file", "field.required"));
    } else if (command.content().length > MAX_BYTES) {
      problems.add(new Violation("file", "publication.import.file.tooLarge"));
    }
    if (command.projectId() == null) {
      problems.add(new Violation("project", "field.required"));
    } else if (records.project(command.projectId()).isEmpty()) {
      problems.add(new Violation("project", "publication.project.unknown"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
  }

  private static List<BibliographicEntry> read(BibliographyFormat format, String text) {
    return switch (format) {
      case BIBTEX -> new BibTexReader().read(text);
      case RIS -> new RisReader().read(text);
      case CSL_JSON -> new CslJsonReader().read(text);
    };
  }

  private static int count(List<ImportLine> lines, ImportOutcome outcome) {
    return (int) lines.stream().filter(l -> l.outcome() == outcome).count();
  }

  /** IMP- and the first 12 hex digits of the file's SHA-256: the same file, the same reference. */
  static String reference(byte[] content) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(content);
      return "IMP-" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
