package org.institute.records.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.institute.core.InvalidCommandException;
import org.institute.records.PublicationDraft;
import org.institute.records.PublicationLookup;
import org.institute.records.domain.BibliographicEntry;
import org.institute.records.domain.BibliographyException;
import org.institute.records.domain.CslJsonReader;
import org.institute.records.domain.Doi;
import org.institute.records.domain.DoiRegistry;
import org.institute.records.domain.PublicationImportPlan;
import org.institute.records.domain.ResearchRepository;

/** Add by DOI: the registry's answer read as a CSL item, and whether the DOI is recorded. */
@ApplicationScoped
@Transactional
class PublicationLookupService implements PublicationLookup {

  private static final Logger LOG = Logger.getLogger(PublicationLookupService.class.getName());

  @Inject private DoiRegistry registry;
  @Inject private ResearchRepository records;
  @Inject private RecordsPolicy policy;

  @Override
  public boolean available() {
    policy.requireManager("looking up a DOI");
    return registry.configured();
  }

  @Override
  public Optional<PublicationDraft> lookUp(String text) {
    policy.requireManager("looking up a DOI");
    if (text == null || text.isBlank()) {
      throw InvalidCommandException.of("doi", "field.required");
    }
    String doi =
        Doi.normalise(text)
            .orElseThrow(() -> InvalidCommandException.of("doi", "publication.doi.invalid"));
    if (!registry.configured()) {
      throw InvalidCommandException.of("doi", "publication.lookup.unavailable");
    }
    Optional<String> answer;
    try {
      answer = registry.work(doi);
    } catch (DoiRegistry.DoiRegistryException e) {
      LOG.log(Level.WARNING, "DOI lookup failed: {0}", e.getMessage());
      throw InvalidCommandException.of("doi", "publication.lookup.failed");
    }
    if (answer.isEmpty()) {
      return Optional.empty();
    }
    BibliographicEntry work;
    try {
      work = new CslJsonReader().work(answer.get());
    } catch (BibliographyException e) {
      LOG.log(Level.WARNING, "DOI lookup answer unreadable for {0}", doi);
      throw InvalidCommandException.of("doi", "publication.lookup.failed");
    }
    String authors = PublicationImportPlan.authors(work);
    return Optional.of(
        new PublicationDraft(
            doi,
            work.title(),
            work.titleLanguage(),
            work.venue(),
            work.year(),
            authors.isEmpty() ? null : authors,
            !records.takenDois(List.of(doi)).isEmpty()));
  }
}
