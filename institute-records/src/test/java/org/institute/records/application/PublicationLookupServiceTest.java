package org.institute.records.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.institute.core.AccessRefusedException;
import org.institute.core.InvalidCommandException;
import org.institute.core.Violation;
import org.institute.core.testing.TestCaller;
import org.institute.core.testing.Wiring;
import org.institute.records.PublicationDraft;
import org.institute.records.domain.DoiRegistry;
import org.institute.records.domain.Publication;
import org.junit.jupiter.api.Test;

class PublicationLookupServiceTest {

  /** Crossref's answer for a Chinese paper, trimmed to the fields the form uses. */
  private static final String CROSSREF =
      """
      {"status": "ok", "message-type": "work", "message": {
        "DOI": "10.12141/j.issn.1000-565X.220123",
        "title": ["固态电解质的界面稳定性研究"],
        "author": [{"given": "明", "family": "陈"}, {"given": "Kiat Hong", "family": "Tan"}],
        "container-title": ["华南理工大学学报(自然科学版)"],
        "issued": {"date-parts": [[2022, 6]]},
        "language": "zh"}}
      """;

  private final ResearchRecordsServiceTest.Store store = new ResearchRecordsServiceTest.Store();
  private final FakeRegistry registry = new FakeRegistry();

  /** Answers what it is told and remembers what it was asked. */
  private static final class FakeRegistry implements DoiRegistry {
    boolean configured = true;
    Optional<String> answer = Optional.of(CROSSREF);
    RuntimeException failure;
    final List<String> asked = new ArrayList<>();

    @Override
    public boolean configured() {
      return configured;
    }

    @Override
    public Optional<String> work(String doi) {
      asked.add(doi);
      if (failure != null) {
        throw failure;
      }
      return answer;
    }
  }

  private PublicationLookupService service(TestCaller caller) {
    PublicationLookupService service = new PublicationLookupService();
    Wiring.inject(service, "registry", registry);
    Wiring.inject(service, "records", store);
    Wiring.inject(service, "policy", Wiring.inject(new RecordsPolicy(), "caller", caller));
    return service;
  }

  private static void refused(Runnable call, String field, String code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            InvalidCommandException.class,
            e -> assertThat(e.violations()).containsExactly(new Violation(field, code)));
  }

  @Test
  void aKnownDoiPrefillsTheFormWithTheTitlesLanguage() {
    Optional<PublicationDraft> draft =
        service(TestCaller.admin()).lookUp("https://doi.org/10.12141/J.ISSN.1000-565X.220123");

    assertThat(draft)
        .contains(
            new PublicationDraft(
                "10.12141/j.issn.1000-565x.220123",
                "固态电解质的界面稳定性研究",
                "zh",
                "华南理工大学学报(自然科学版)",
                2022,
                "陈, 明; Tan, Kiat Hong",
                false));
    assertThat(registry.asked).containsExactly("10.12141/j.issn.1000-565x.220123");
  }

  @Test
  void aRecordedDoiIsSaid() {
    store.add(
        new Publication("T", "J", 2022, "10.12141/j.issn.1000-565x.220123", "A", 1, Instant.EPOCH));

    assertThat(service(TestCaller.admin()).lookUp("10.12141/j.issn.1000-565x.220123"))
        .get()
        .extracting(PublicationDraft::recorded)
        .isEqualTo(true);
  }

  @Test
  void aWorkWithoutAuthorsLeavesThemEmpty() {
    registry.answer = Optional.of("{\"DOI\": \"10.1000/x\", \"title\": \"Plain CSL\"}");

    PublicationDraft draft = service(TestCaller.admin()).lookUp("10.1000/x").orElseThrow();

    assertThat(draft.authors()).isNull();
    assertThat(draft.title()).isEqualTo("Plain CSL");
    assertThat(draft.year()).isNull();
  }

  @Test
  void anUnknownDoiIsEmpty() {
    registry.answer = Optional.empty();

    assertThat(service(TestCaller.admin()).lookUp("10.1000/unknown")).isEmpty();
  }

  @Test
  void withoutAServiceNothingIsCalled() {
    registry.configured = false;

    refused(
        () -> service(TestCaller.admin()).lookUp("10.1000/x"),
        "doi",
        "publication.lookup.unavailable");
    assertThat(registry.asked).isEmpty();
  }

  @Test
  void aMissingOrInvalidDoiIsRefusedBeforeAnyCall() {
    refused(() -> service(TestCaller.admin()).lookUp(" "), "doi", "field.required");
    refused(() -> service(TestCaller.admin()).lookUp(null), "doi", "field.required");
    refused(() -> service(TestCaller.admin()).lookUp("11.1/x"), "doi", "publication.doi.invalid");
    assertThat(registry.asked).isEmpty();
  }

  @Test
  void aFailingServiceOrAnUnreadableAnswerIsAFailure() {
    registry.failure = new DoiRegistry.DoiRegistryException("status 500", null);
    refused(
        () -> service(TestCaller.admin()).lookUp("10.1000/x"), "doi", "publication.lookup.failed");

    registry.failure = null;
    registry.answer = Optional.of("<html>");
    refused(
        () -> service(TestCaller.admin()).lookUp("10.1000/x"), "doi", "publication.lookup.failed");

    registry.answer = Optional.of("[1, 2]");
    refused(
        () -> service(TestCaller.admin()).lookUp("10.1000/x"), "doi", "publication.lookup.failed");
  }

  @Test
  void onlyAdminsLookUp() {
    assertThatThrownBy(() -> service(TestCaller.council()).lookUp("10.1000/x"))
        .isInstanceOf(AccessRefusedException.class);
    assertThat(registry.asked).isEmpty();
  }

  @Test
  void theLookupIsAvailableOnlyWhenAServiceIsConfigured() {
    assertThat(service(TestCaller.admin()).available()).isTrue();
    registry.configured = false;
    assertThat(service(TestCaller.admin()).available()).isFalse();
    assertThatThrownBy(() -> service(TestCaller.staffOf(1)).available())
        .isInstanceOf(AccessRefusedException.class);
    assertThat(registry.asked).isEmpty();
  }
}
