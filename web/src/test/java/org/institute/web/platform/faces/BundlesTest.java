package org.institute.web.platform.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.institute.core.KpiRecord;
import org.institute.core.Role;
import org.institute.licensing.ApplicationStatus;
import org.institute.licensing.DealState;
import org.institute.licensing.DisclosureState;
import org.institute.licensing.Exclusivity;
import org.institute.licensing.ObligationKind;
import org.institute.licensing.ObligationStatus;
import org.institute.licensing.PaymentPurpose;
import org.institute.licensing.TechnologyField;
import org.institute.partners.AgreementStatus;
import org.institute.partners.CouncilRole;
import org.institute.partners.DecisionOutcome;
import org.institute.partners.PartnerKind;
import org.institute.partners.PartnerRole;
import org.institute.records.FundsMovementKind;
import org.institute.records.OccupantKind;
import org.institute.records.ProjectStatus;
import org.institute.records.SpaceUse;
import org.institute.records.SpinOffStatus;
import org.institute.reporting.KpiStatus;
import org.institute.talent.CohortStatus;
import org.institute.talent.DeliveryMode;
import org.institute.talent.Eligibility;
import org.institute.talent.EnrolmentState;
import org.institute.talent.EvaluationKind;
import org.institute.talent.InternshipField;
import org.institute.talent.PlacementStatus;
import org.institute.talent.ProgrammeKind;
import org.junit.jupiter.api.Test;

/**
 * Both languages everywhere: the portal's two bundles hold the same keys, every key a page names
 * exists, and every value a page turns into a key ({@code msg['lic.state.'.concat(state)]}) has its
 * text in both languages. A string added in one bundle only fails here, not in front of a reader as
 * {@code ???key???}.
 */
class BundlesTest {

  private static final Path PAGES = Path.of("src/main/webapp");

  /** The prefixes pages put before a value, and every value that can follow. */
  private static final Map<String, List<String>> LOOKED_UP = new LinkedHashMap<>();

  static {
    LOOKED_UP.put("role.", names(Role.values()));
    LOOKED_UP.put("partnerRole.", names(PartnerRole.values()));
    LOOKED_UP.put("kind.", names(PartnerKind.values()));
    LOOKED_UP.put("agreement.status.", names(AgreementStatus.values()));
    LOOKED_UP.put("lic.state.", names(DealState.values()));
    LOOKED_UP.put("lic.obligationStatus.", names(ObligationStatus.values()));
    LOOKED_UP.put("lic.obligation.", names(ObligationKind.values()));
    LOOKED_UP.put("lic.purpose.", names(PaymentPurpose.values()));
    LOOKED_UP.put("talent.status.", names(CohortStatus.values()));
    LOOKED_UP.put("talent.state.", names(EnrolmentState.values()));
    LOOKED_UP.put("talent.mode.", names(DeliveryMode.values()));
    LOOKED_UP.put("talent.kind.", names(ProgrammeKind.values()));
    LOOKED_UP.put("talent.eligibility.", names(Eligibility.values()));
    LOOKED_UP.put("projectStatus.", names(ProjectStatus.values()));
    LOOKED_UP.put("spinOffStatus.", names(SpinOffStatus.values()));
    LOOKED_UP.put("spaceUse.", names(SpaceUse.values()));
    LOOKED_UP.put("occupantKind.", names(OccupantKind.values()));
    LOOKED_UP.put("record.type.", KpiRecord.TYPES);
    LOOKED_UP.put("agreementStatus.", names(AgreementStatus.values()));
    LOOKED_UP.put("council.outcome.", names(DecisionOutcome.values()));
    LOOKED_UP.put("council.role.", names(CouncilRole.values()));
    LOOKED_UP.put("funding.kind.", names(FundsMovementKind.values()));
    LOOKED_UP.put("internship.field.", names(InternshipField.values()));
    LOOKED_UP.put("internship.kind.", names(EvaluationKind.values()));
    LOOKED_UP.put("internship.status.", names(PlacementStatus.values()));
    LOOKED_UP.put("kpi.status.", names(KpiStatus.values()));
    LOOKED_UP.put("lic.appstatus.", names(ApplicationStatus.values()));
    LOOKED_UP.put("lic.disclosure.", names(DisclosureState.values()));
    LOOKED_UP.put("lic.exclusivity.", names(Exclusivity.values()));
    LOOKED_UP.put("lic.cost.kind.", names(org.institute.licensing.CostKind.values()));
    LOOKED_UP.put("lic.techField.", names(TechnologyField.values()));
    LOOKED_UP.put("review.state.", names(org.institute.licensing.ReviewState.values()));
    LOOKED_UP.put("invoice.kind.", names(org.institute.licensing.InvoiceKind.values()));
    LOOKED_UP.put(
        "compliance.timeliness.", names(org.institute.licensing.ReportTimeliness.values()));
    // the bars of the compliance chart (ComplianceBean)
    LOOKED_UP.put("compliance.", List.of("reported", "invoiced", "paid"));
    LOOKED_UP.put("webhook.status.", names(org.institute.core.WebhookDeliveryStatus.values()));
    LOOKED_UP.put("webhook.type.", names(org.institute.core.WebhookEventType.values()));
    LOOKED_UP.put("accessToken.scope.", names(org.institute.core.ApiScope.values()));
    LOOKED_UP.put(
        "approvalPolicy.standing.",
        names(org.institute.licensing.ApprovalPolicyView.Standing.values()));
    LOOKED_UP.put("lic.import.format.", names(org.institute.licensing.PatentFileFormat.values()));
    LOOKED_UP.put(
        "distributionPolicy.standing.",
        names(org.institute.licensing.DistributionPolicyView.Standing.values()));
    LOOKED_UP.put("lic.sharing.recovery.", names(org.institute.licensing.CostRecovery.values()));
    LOOKED_UP.put("lic.waterfall.step.", names(org.institute.licensing.DistributionStep.values()));
    LOOKED_UP.put(
        "lic.import.outcome.", names(org.institute.licensing.PatentImportOutcome.values()));
    LOOKED_UP.put("pub.import.format.", names(org.institute.records.BibliographyFormat.values()));
    LOOKED_UP.put("pub.import.outcome.", names(org.institute.records.ImportOutcome.values()));
    LOOKED_UP.put("lang.", List.of("en", "zh-CN"));
    LOOKED_UP.put("session.zone.", org.institute.web.talent.faces.SessionFormBean.ZONES);
    LOOKED_UP.put("list.sorted.", List.of("asc", "desc"));
    // the mail outbox's states (core's OutboxMessage.Status, which web may not import)
    LOOKED_UP.put("outbox.status.", List.of("PENDING", "SENT", "FAILED"));
    LOOKED_UP.put(
        "verify.status.",
        List.of(
            org.institute.talent.CredentialCheck.VALID,
            org.institute.talent.CredentialCheck.REVOKED,
            org.institute.talent.CredentialCheck.UNKNOWN));
  }

  /**
   * Prefixes whose values are not an enumeration but a few names the code writes itself (the export
   * lists, an import's outcome, a deal event's action, a deadline's kind, the states a placement
   * moves to): their keys are checked by the browser tests that show them.
   */
  private static final Set<String> NAMED_IN_CODE =
      Set.of("export.list.", "import.outcome.", "lic.event.", "lic.deadline.", "internship.to.");

  private static List<String> names(Enum<?>[] values) {
    return Stream.of(values).map(Enum::name).toList();
  }

  private static Properties bundle(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in = BundlesTest.class.getResourceAsStream("/i18n/" + name)) {
      assertThat(in).as(name).isNotNull();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bothLanguagesHaveTheSameKeysAndNoEmptyText() throws IOException {
    Properties en = bundle("messages.properties");
    Properties zh = bundle("messages_zh_CN.properties");
    Set<String> onlyEn = new TreeSet<>(en.stringPropertyNames());
    onlyEn.removeAll(zh.stringPropertyNames());
    Set<String> onlyZh = new TreeSet<>(zh.stringPropertyNames());
    onlyZh.removeAll(en.stringPropertyNames());
    assertThat(onlyEn).as("in English only").isEmpty();
    assertThat(onlyZh).as("in Chinese only").isEmpty();
    List<String> empty = new ArrayList<>();
    for (Properties p : List.of(en, zh)) {
      for (String key : p.stringPropertyNames()) {
        if (p.getProperty(key).isBlank()) {
          empty.add(key);
        }
      }
    }
    assertThat(empty).as("keys without text").isEmpty();
  }

  @Test
  void everyKeyAPageNamesExists() throws IOException {
    Properties en = bundle("messages.properties");
    Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9._-]+)'\\](?!\\.concat)");
    Set<String> missing = new TreeSet<>();
    int named = 0;
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher m = literal.matcher(Files.readString(page));
        while (m.find()) {
          named++;
          if (!en.containsKey(m.group(1))) {
            missing.add(PAGES.relativize(page) + ": " + m.group(1));
          }
        }
      }
    }
    assertThat(named).as("keys named by the pages").isGreaterThan(500);
    assertThat(missing).isEmpty();
  }

  @Test
  void everyValueAPageLooksUpHasItsTextInBothLanguages() throws IOException {
    Properties en = bundle("messages.properties");
    Properties zh = bundle("messages_zh_CN.properties");
    Set<String> missing = new TreeSet<>();
    LOOKED_UP.forEach(
        (prefix, values) -> {
          for (String value : values) {
            for (Properties p : List.of(en, zh)) {
              if (!p.containsKey(prefix + value)) {
                missing.add(prefix + value);
              }
            }
          }
        });
    assertThat(missing).isEmpty();
  }

  @Test
  void everyPrefixThePagesLookUpIsChecked() throws IOException {
    Pattern lookup = Pattern.compile("msg\\['([A-Za-z0-9._-]+\\.)'\\.concat");
    Set<String> prefixes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(PAGES)) {
      for (Path page : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher m = lookup.matcher(Files.readString(page));
        while (m.find()) {
          prefixes.add(m.group(1));
        }
      }
    }
    prefixes.removeAll(LOOKED_UP.keySet());
    prefixes.removeAll(NAMED_IN_CODE);
    assertThat(prefixes)
        .as("prefixes the pages look values up under: add them to LOOKED_UP with their values")
        .isEmpty();
  }
}
