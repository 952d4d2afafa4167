package org.institute.licensing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.institute.core.AuditTrail;
import org.institute.core.Documents;
import org.institute.core.InvalidCommandException;
import org.institute.core.KpiFigures;
import org.institute.core.KpiStamps;
import org.institute.core.PartnerId;
import org.institute.core.StoredDocument;
import org.institute.core.Violation;
import org.institute.licensing.ImportedApplication;
import org.institute.licensing.PatentFileFormat;
import org.institute.licensing.PatentImport;
import org.institute.licensing.PatentImportLine;
import org.institute.licensing.PatentImportOutcome;
import org.institute.licensing.PatentImportReport;
import org.institute.licensing.PatentImports;
import org.institute.licensing.Share;
import org.institute.licensing.domain.Actor;
import org.institute.licensing.domain.PatentCsvReader;
import org.institute.licensing.domain.PatentFamily;
import org.institute.licensing.domain.PatentFamilyRepository;
import org.institute.licensing.domain.PatentFileException;
import org.institute.licensing.domain.PatentImportPlan;
import org.institute.licensing.domain.PatentRecord;
import org.institute.licensing.domain.St36Reader;
import org.institute.licensing.domain.St96Reader;
import org.institute.partners.PartnerDirectory;

/**
 * Reads the file, plans every record with {@link PatentImportPlan} and, unless it is a dry run,
 * applies the plan in this one transaction: the file is kept in the documents store when it changes
 * something, every created family and every merge is audited with the import's reference, and the
 * import itself once with its counts.
 */
@ApplicationScoped
@Transactional
class PatentImportService implements PatentImports {

  /** The largest file an import reads: 10 MB, some 5,000 ST.36 records. */
  static final int MAX_BYTES = 10 * 1024 * 1024;

  static final int MAX_RECORDS = 5_000;

  @Inject private PatentFamilyRepository families;
  @Inject private PartnerDirectory partners;
  @Inject private Documents documents;
  @Inject private AuditTrail audit;
  @Inject private KpiStamps kpiStamps;
  @Inject private LicensingPolicy policy;
  @Inject private Clock clock;

  @Override
  public PatentImportReport importPatents(PatentImport command) {
    Actor actor = policy.actor();
    long owner = checkCommand(command, actor);
    List<Share> owners = List.of(new Share(owner, BigDecimal.valueOf(100)));
    policy.requireRegister(actor, owners);
    List<PatentRecord> records;
    try {
      records = read(command.format(), command.content());
    } catch (PatentFileException e) {
      throw InvalidCommandException.of("file", e.messageKey());
    }
    if (records.isEmpty()) {
      throw InvalidCommandException.of("file", "licensing.import.file.empty");
    }
    if (records.size() > MAX_RECORDS) {
      throw InvalidCommandException.of("file", "licensing.import.file.tooManyRecords");
    }
    LocalDate today = LocalDate.now(clock);
    List<PatentImportLine> lines =
        PatentImportPlan.plan(
            records, families.known(actor.admin() ? null : actor.partnerId(), today));
    String ref = reference(command.content());
    int created = count(lines, PatentImportOutcome.CREATE);
    int merged = count(lines, PatentImportOutcome.MERGE);
    int unchanged = count(lines, PatentImportOutcome.UNCHANGED);
    int refused = count(lines, PatentImportOutcome.REFUSED);
    Long documentId = null;
    if (!command.dryRun()) {
      if (created + merged > 0) {
        StoredDocument kept =
            documents.storeSource(
                "file",
                command.fileName(),
                command.format() == PatentFileFormat.CSV ? "text/csv" : "application/xml",
                command.content());
        documentId = kept.id();
        apply(lines, owners, ref, clock.instant());
      }
      audit.record(
          "PATENTS_IMPORTED",
          "PatentImport",
          ref,
          command.fileName()
              + " ("
              + command.format()
              + (documentId == null ? "" : ", document " + documentId)
              + "), owner "
              + owner
              + ": "
              + created
              + " created, "
              + merged
              + " merged, "
              + unchanged
              + " unchanged, "
              + refused
              + " refused");
    }
    return new PatentImportReport(
        ref,
        command.fileName(),
        command.format(),
        command.dryRun(),
        created,
        merged,
        unchanged,
        refused,
        documentId,
        lines);
  }

  private void apply(List<PatentImportLine> lines, List<Share> owners, String ref, Instant now) {
    Map<String, PatentFamily> byReference = new HashMap<>();
    List<String> merging =
        lines.stream()
            .filter(l -> l.outcome() == PatentImportOutcome.MERGE)
            .map(PatentImportLine::familyReference)
            .distinct()
            .toList();
    families.byReferences(merging).forEach(f -> byReference.put(f.reference(), f));
    List<PatentFamily> createdFamilies = new ArrayList<>();
    List<String> mergeNotes = new ArrayList<>();
    List<PatentFamily> mergedFamilies = new ArrayList<>();
    for (PatentImportLine line : lines) {
      if (line.outcome() == PatentImportOutcome.CREATE) {
        PatentFamily family =
            PatentFamily.imported(
                line.familyReference(),
                line.title(),
                line.titleLanguage(),
                line.titleZh(),
                line.priorityOffice(),
                line.priorityNumber(),
                line.priorityDate(),
                owners,
                ref,
                now);
        file(family, line, ref);
        byReference.put(family.reference(), family);
        createdFamilies.add(family);
      } else if (line.outcome() == PatentImportOutcome.MERGE) {
        PatentFamily family = byReference.get(line.familyReference());
        String numbers = file(family, line, ref);
        mergedFamilies.add(family);
        mergeNotes.add(numbers);
      }
    }
    // one flush for the whole file, the merged families' new filings with it (addAll flushes):
    // a flush per family checked every family added before it
    families.addAll(createdFamilies);
    kpiStamps.changed(KpiFigures.PATENT_APPLICATIONS);
    for (PatentFamily family : createdFamilies) {
      audit.record(
          "PATENT_FAMILY_IMPORTED",
          "PatentFamily",
          family.id().toString(),
          family.reference()
              + " priority "
              + family.priorityOffice()
              + " "
              + family.priorityNumber()
              + " "
              + family.priorityDate()
              + ", "
              + family.applications().size()
              + " application(s), import "
              + ref);
    }
    for (int i = 0; i < mergedFamilies.size(); i++) {
      audit.record(
          "PATENT_APPLICATIONS_IMPORTED",
          "PatentFamily",
          mergedFamilies.get(i).id().toString(),
          mergeNotes.get(i) + ", import " + ref);
    }
  }

  private static String file(PatentFamily family, PatentImportLine line, String ref) {
    StringBuilder numbers = new StringBuilder();
    for (ImportedApplication a : line.applications()) {
      if (a.added()) {
        family.fileImported(
            a.jurisdiction(),
            a.applicationNumber(),
            a.filingDate(),
            a.status(),
            a.publicationNumber(),
            a.grantNumber(),
            ref);
        numbers
            .append(numbers.isEmpty() ? "" : ", ")
            .append(a.jurisdiction())
            .append(' ')
            .append(a.applicationNumber())
            .append(' ')
            .append(a.status());
      }
    }
    return numbers.toString();
  }

  private long checkCommand(PatentImport command, Actor actor) {
    List<Violation> problems = new ArrayList<>();
    if (command == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    if (command.fileName() == null || command.fileName().isBlank()) {
      problems.add(new Violation("fileName", "field.required"));
    } else if (command.fileName().length() > 200) {
      problems.add(new Violation("fileName", "field.tooLong"));
    }
    if (command.format() == null) {
      problems.add(new Violation("fileFormat", "field.required"));
    }
    if (command.content() == null || command.content().length == 0) {
      problems.add(new Violation("file", "field.required"));
    } else if (command.content().length > MAX_BYTES) {
      problems.add(new Violation("file", "licensing.import.file.tooLarge"));
    }
    Long owner = command.ownerPartnerId() != null ? command.ownerPartnerId() : actor.partnerId();
    if (owner == null) {
      problems.add(new Violation("owner", "field.required"));
    } else if (owner <= 0 || partners.find(new PartnerId(owner)).isEmpty()) {
      problems.add(new Violation("owner", "partner.unknown"));
    }
    if (!problems.isEmpty()) {
      throw new InvalidCommandException(problems);
    }
    return owner;
  }

  static List<PatentRecord> read(PatentFileFormat format, byte[] content) {
    return switch (format) {
      case ST36 -> new St36Reader().read(content);
      case ST96 -> new St96Reader().read(content);
      case CSV -> new PatentCsvReader().read(content);
    };
  }

  private static int count(List<PatentImportLine> lines, PatentImportOutcome outcome) {
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
