package org.institute.web.platform.openapi;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * An example for every schema of the contract (decision 0105), composed from the examples of its
 * properties: an object's example is its properties' examples, a list's is one item, an
 * enumeration's its first value. A property's example is, in this order, the one its record
 * component declares ({@code @Schema(example = ...)}), the value below for {@code Schema.property}
 * or {@code property}, or a value of its type (an id is 3, a boolean false). The values are the
 * demo institute's: NTU and SCUT, S$ amounts, the demo's people. {@code ContractExamplesTest}
 * validates every example of a request or an answer against its schema.
 */
final class ContractExamples {

  /** Values by property name, or by {@code Schema.property} where one name means two things. */
  private static final String VALUES =
      """
      aboveValueSgd = 500000.00
      abstractText = A solid-state electrolyte that keeps lithium-metal cells stable above 60 °C.
      acceptedBy = ip.office
      access_token = eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJudHUuc3RhZmYifQ.c2lnbmF0dXJl
      action = licence-deal.approved
      actor = admin
      amount = 150000.00
      amountCny = 773250.00
      amountSgd = 150000.00
      annualMinimum = 20000.00
      answer = The tiers apply to the licence year's cumulative net sales.
      answeredBy = ip.office
      applicationNumber = CN202110123456.7
      applicationsClose = 2026-02-15
      applicationsOpen = 2026-01-05
      approvalReference = JCBC-2020-16
      askedBy = ip.office
      authors = Lim Wei Ming; Chen Jing; Tan Hui Ling
      base = SGD
      body = The licence deal 'Solid-state battery electrolyte' waits for your approval.
      budget = S$1,200,000.00
      budgetAmount = 1200000.00
      budgetCurrency = SGD
      building = China-Singapore Smart Park
      centreCode = DIGITAL
      certificateCode = MM-2026-7KQ4-X9PD
      city = Singapore
      code = NTU
      CentreView.code = DIGITAL
      NewCentre.code = DIGITAL
      CertificateView.code = MM-2026-7KQ4-X9PD
      PublicCertificate.code = MM-2026-7KQ4-X9PD
      KpiView.code = NEW_PROJECTS
      NewKpiTarget.code = NEW_PROJECTS
      CohortView.programmeCode = MINIMASTERS
      ProgrammeView.code = MINIMASTERS
      ProgrammeBody.code = MINIMASTERS
      comment = Terms checked against the approval policy; approved.
      councilResolution = GC-2026-04
      country = SG
      createdBy = admin
      currency = SGD
      currentNameEn = South China University of Technology
      currentNameZh = 华南理工大学
      currentPassword = ssijri-demo-2020
      dealTitle = Solid-state battery electrolyte, exclusive in China
      dealTitleZh = 固态电池电解质（中国独占许可）
      deliveryMode = CHONGQING_BASE
      description = The ERP of SCUT's technology transfer office
      descriptionEn = Technopreneurship in hybrid classes on the NTU campus and at the Chongqing base.
      descriptionZh = 科技创业微硕士课程，在南洋理工大学校园和重庆基地混合授课。
      detail = Solid-state battery electrolyte
      displayName = Lim Wei Ming
      doi = 10.1016/j.ensm.2026.01.012
      eligibility = NTU students and graduates of partner universities
      email = ntu.staff@ntu.example
      endpointUrl = https://tto.scut.example/hooks/institute
      endsOn = 2026-06-30
      entityId = 42
      entityType = LicenceDeal
      event = First commercial sale in China
      fee = S$2,400.00
      feeAmount = 2400.00
      feeCurrency = SGD
      field = capacity
      fieldOfUse = Electric vehicle batteries
      familyReference = SSIJRI-PF-2026-007
      fileName = licence-agreement-signed.pdf
      filedBy = kangda.licensee
      finalComment = Delivered the data pipeline ahead of plan.
      formatted = S$61,000,000.00
      founders = Tan Hui Ling
      function = Technology transfer manager
      givenBy = scut.staff
      grantNumber = ZL202110123456.7
      hash = 9f2c4b1e0a7d3c5e8f6a2b4d1c3e5f7a9b0c2d4e6f8a1b3c5d7e9f0a2b4c6d8e
      holderLatin = Chen Jing
      holderZh = 陈静
      hostCode = GKC
      importRef = 2026-03-02-publications.bib
      issuedBy = ip.office
      journal = Energy Storage Materials
      key = lim2026electrolyte
      FundingRow.key = Total
      kind = CERTIFICATION
      label = Solid-state battery electrolyte
      labelEn = New research projects
      labelZh = 新研究项目
      CommitmentBody.labelEn = Next phase, digital technologies centre
      CommitmentBody.labelZh = 下一阶段：数字技术中心
      CommitmentView.labelEn = Next phase, digital technologies centre
      CommitmentView.labelZh = 下一阶段：数字技术中心
      language = en
      lastError = HTTP 503 from https://tto.scut.example/hooks/institute
      licenseeCountry = CN
      licenseeName = Guangzhou Kangda Battery Co., Ltd
      licenseeNameZh = 广州康达电池有限公司
      location = SSIJRI headquarters, China-Singapore Smart Park, Guangzhou
      matriculationNumber = U2512345K
      mediaType = application/pdf
      messageId = msg_2Mf8v1Kq9TzX4c7a
      messageKey = field.required
      metric = NEW_PROJECTS
      midTermComment = Settling in well with the big data team.
      name = MiniMasters in Technopreneurship, 2026 intake
      AccessTokenView.name = ERP sync
      NewAccessToken.name = ERP sync
      ApprovalRuleTerms.name = Large exclusive deals
      ApproverRoleView.name = Legal counsel
      NewApproverRole.name = Legal counsel
      NamedRoleNeed.name = Legal counsel
      ApproverRoleView.nameZh = 法律顾问
      NewApproverRole.nameZh = 法律顾问
      NamedRoleNeed.nameZh = 法律顾问
      ApproverRoleView.code = legal-counsel
      NewApproverRole.code = legal-counsel
      NamedRoleNeed.code = legal-counsel
      ApprovalRuleTerms.namedRoles = legal-counsel
      ApproverRoleView.holders = counsel
      ImportRow.name = Chen Jing
      nameEn = Nanyang Technological University
      nameEnAtSigning = Nanyang Technological University
      nameLatin = Chen Jing
      nameZh = 南洋理工大学
      CohortBody.nameZh = 科技创业微硕士 2026 期
      CohortView.nameZh = 科技创业微硕士 2026 期
      Mark.nameZh = 陈静
      ParticipantView.nameZh = 陈静
      NewParticipant.nameZh = 陈静
      PlacementView.nameZh = 陈静
      RosterEntry.nameZh = 陈静
      CentreView.nameEn = R&D Centre for Digital Technologies
      CentreView.nameZh = 数字技术研发中心
      NewCentre.nameEn = R&D Centre for Digital Technologies
      NewCentre.nameZh = 数字技术研发中心
      SpinOffBody.nameEn = Lumina Energy Pte Ltd
      SpinOffBody.nameZh = 光能科技有限公司
      SpinOffChange.nameEn = Lumina Energy Pte Ltd
      SpinOffChange.nameZh = 光能科技有限公司
      SpinOffView.nameEn = Lumina Energy Pte Ltd
      SpinOffView.nameZh = 光能科技有限公司
      nameZhAtSigning = 南洋理工大学
      nationality = SG
      newPassword = a-long-new-passphrase-2026
      note = Quarter's sales as reported by the licensee
      number = INV-2026-0042
      occupantName = R&D Centre for Digital Technologies
      office = CN
      organisation = Nanyang Technological University
      otp = 492031
      paidByName = Nanyang Technological University
      paidByNameZh = 南洋理工大学
      pair = SGD/CNY
      partnerCode = NTU
      partnerName = Nanyang Technological University
      partnerNameZh = 南洋理工大学
      password = ssijri-demo-2020
      phone = +65 6791 1744
      positionTitle = Data engineering intern
      prefix = ipat_4kQ
      priorityNumber = SG10202100123A
      priorityOffice = SG
      problem = Entry 1207's hash does not follow from entry 1206
      product = SSE-200 cell
      programmeCode = MINIMASTERS
      programmeEn = MiniMasters in Technopreneurship
      programmeTitleEn = MiniMasters in Technopreneurship
      programmeTitleZh = 科技创业微硕士
      programmeZh = 科技创业微硕士
      publicationNumber = CN113456789A
      purpose = Equipment for the new energy laboratory
      question = Do the royalty tiers apply per quarter or per licence year?
      quote = CNY
      rate = 5.1550
      ratePercent = 3.50
      reason = Left the programme for a full-time post
      recipient = admin@ssijri.example
      recordedBy = ip.office
      reference = SSIJRI-PF-2026-007
      Acceptance.reference = IDF-2026-012
      Decision.reference = GC-2026-04
      researchProject = Solid-state batteries for electric vehicles
      reviewComment = Please name every inventor's institution.
      reviewedBy = ip.office
      revokeReason = Issued to the wrong cohort
      roles = PARTNER_STAFF
      royaltyPercent = 3.50
      rule = Large exclusive deals
      savedBy = admin
      secret = ipat_4kQ9x7LmP2vB8nR3tY6wZ1cF5hJ0dS
      Registered.secret = whsec_MfKQ9Ytr1n6Wc5o3X7nO9iR2sLp4dZyG
      sgdToCnyRate = 5.1550
      sha256 = 3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b
      signedPdfBase64 = JVBERi0xLjcKJcfsj6IK
      source = MAS
      startsAt = 2026-03-02T09:00
      startsOn = 2026-03-02
      status = SENT
      storedBy = admin
      subject = A licence deal waits for your approval
      submittedBy = ntu.staff
      summary = Co-founders' agreement on the institute's next phase
      territory = China
      text = The council approves the next phase's funding of S$61 million.
      title = Solid-state battery electrolyte, exclusive in China
      titleEn = Solid-state batteries for electric vehicles
      titleLanguage = en
      titleZh = 固态电池电解质（中国独占许可）
      ProjectBody.titleZh = 电动汽车固态电池
      ProjectView.titleZh = 电动汽车固态电池
      ProgrammeBody.titleEn = MiniMasters in Technopreneurship
      ProgrammeBody.titleZh = 科技创业微硕士
      ProgrammeView.titleEn = MiniMasters in Technopreneurship
      ProgrammeView.titleZh = 科技创业微硕士
      token = 7f3a9c1e5b2d4f6a
      token_type = Bearer
      topic = Opportunity discovery
      topicZh = 发现机会
      trainer = Tan Hui Ling
      type = PROJECT
      unitCode = SP-3-01
      url = https://tto.scut.example/hooks/institute
      username = ntu.staff
      venue = NTU China (West) Entrepreneurship and Innovation Base, Chongqing
      voidReason = Recorded against the wrong deal
      voidedBy = admin
      waiveReason = Milestone dropped by the amended agreement
      waivedBy = admin
      zoneId = Asia/Singapore
      actual = 45
      adminApprovals = 2
      allocatedSqm = 1200
      areaSqm = 1200
      buildingSqm = 23000
      capacity = 30
      durationMinutes = 180
      expires_in = 3600
      freeSqm = 4800
      licenceYear = 1
      midTermRating = 4
      finalRating = 5
      minAttendancePercent = 80
      places = 4
      progress = 75
      quarter = 1
      ratePerMinute = 60
      rating = 4
      spaceSqm = 2400
      target = 40
      unitsSqm = 18200
      units = 1200
      year = 2026
      forecast = 52
      sharePercent = 50.00
      percent = 50.00
      contribution = 50.00
      totalValue = 1700000.00
      totalSgd = 1700000.00
      totalCny = 8600000.00
      sgd = 1700000.00
      cny = 8600000.00
      upfrontFee = 250000.00
      netSales = 2000000.00
      grossSales = 2100000.00
      deductions = 100000.00
      royalty = 70000.00
      fromNetSales = 0.00
      sales = 2000000.00
      due = 70000.00
      approvedBy = admin
      scopes = licensing:read
      EventTypes.items = licence-deal.state-changed
      Scopes.items = licensing:read
      PositionBody.field = BIG_DATA
      CohortBody.status = OPEN
      StatusBody.status = OPEN
      KpiRecord.status = ACTIVE
      PublicCertificate.status = VALID
      Message.status = SENT
      EvaluationBody.kind = MID_TERM
      ProgrammeBody.kind = MINIMASTERS
      ProgrammeBody.eligibility = OPEN
      technologyField = NEW_ENERGY
      occupantKind = CENTRE
      active = true
      enabled = true
      intact = true
      passwordSet = true
      present = true
      passed = true
      hasSignedCopy = true
      convertedCurrency = CNY
      convertedAmount = 773250.00
      creditsInvoiceNumber = INV-2026-0041
      orcid = 0000-0002-1825-0097
      periodFrom = 2021-01-01
      periodTo = 2025-12-31
      periodStart = 2026-01-01
      periodEnd = 2026-03-31
      dueDate = 2026-06-30
      dueOn = 2026-06-30
      issuedOn = 2026-07-15
      signedOn = 2017-03-01
      signingDate = 2026-04-01
      knownSince = 2015-01-01
      foundedOn = 2021-06-01
      priorityDate = 2021-01-15
      filingDate = 2022-01-14
      renamedOn = 2026-01-01
      committedOn = 2021-01-01
      expiresOn = 2027-06-30
      from = 2026-01-01
      to = 2026-12-31
      instance = /api/v1/licence-deals/42/approve
      message = A value is required.
      next = eyJrIjoiMjAyNi0wMy0wMiIsImlkIjo0Mn0
      total = 45
      offset = 0
      limit = 50
      sequence = 1207
      linksChecked = 1207
      size = 245760
      lastResponseStatus = 503
      sessionsAttended = 10
      sessionsTaken = 12
      enrolled = 24
      waitlisted = 3
      placesTaken = 2
      applications = 6
      placed = 18
      line = 2
      """;

  private static final Map<String, String> BY_NAME = load();

  /** The scanner's own example of every date and instant, replaced by the ones above. */
  private static final Set<Object> SCANNER_DATES = Set.of("2022-03-10", "2022-03-10T16:15:50Z");

  private final Map<String, Schema> components;
  private final Map<String, Object> made = new HashMap<>();
  private final Set<String> making = new HashSet<>();

  private ContractExamples(Map<String, Schema> components) {
    this.components = components;
  }

  /**
   * Gives every component schema, and every inline schema of a JSON body or answer, an example
   * unless it has one.
   */
  static void complete(OpenAPI api) {
    Map<String, Schema> all = api.getComponents().getSchemas();
    ContractExamples examples = new ContractExamples(all);
    all.forEach(
        (name, schema) -> {
          Object example = examples.of(name);
          if (schema.getExample() == null && example != null) {
            schema.setExample(example);
          }
        });
    for (PathItem item : api.getPaths().getPathItems().values()) {
      for (Operation op : item.getOperations().values()) {
        if (op.getRequestBody() != null) {
          examples.inline(op.getRequestBody().getContent());
        }
        if (op.getResponses() != null) {
          op.getResponses()
              .getAPIResponses()
              .values()
              .forEach(r -> examples.inline(r.getContent()));
        }
      }
    }
  }

  private void inline(Content content) {
    if (content == null || content.getMediaTypes() == null) {
      return;
    }
    for (Map.Entry<String, MediaType> media : content.getMediaTypes().entrySet()) {
      Schema schema = media.getValue().getSchema();
      if (media.getKey().contains("json")
          && schema != null
          && schema.getRef() == null
          && schema.getExample() == null) {
        Object example = example(schema, null, null);
        if (example != null) {
          schema.setExample(example);
        }
      }
    }
  }

  /** The example of a component schema; null for a schema that contains itself. */
  private Object of(String name) {
    if (made.containsKey(name)) {
      return made.get(name);
    }
    Schema schema = components.get(name);
    if (schema == null || !making.add(name)) {
      return null;
    }
    Object example = example(schema, name, null);
    making.remove(name);
    made.put(name, example);
    return example;
  }

  private Object example(Schema schema, String owner, String property) {
    if (schema == null) {
      return null;
    }
    if (schema.getRef() != null) {
      return of(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
    }
    if (schema.getExample() != null && !SCANNER_DATES.contains(schema.getExample())) {
      return schema.getExample();
    }
    if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
      return schema.getEnumeration().get(0);
    }
    for (List<Schema> choice : java.util.Arrays.asList(schema.getOneOf(), schema.getAnyOf())) {
      if (choice != null && !choice.isEmpty()) {
        return example(choice.get(0), owner, property);
      }
    }
    Schema.SchemaType type = schema.getType();
    if (type == null) {
      type = schema.getProperties() != null ? Schema.SchemaType.OBJECT : null;
    }
    if (type == null) {
      return null;
    }
    return switch (type) {
      case OBJECT -> object(schema, owner);
      case ARRAY -> {
        Object item = example(schema.getItems(), owner, property);
        yield item == null ? List.of() : List.of(item);
      }
      case STRING -> text(schema, owner, property);
      case INTEGER -> whole(schema, owner, property);
      case NUMBER ->
          new BigDecimal(
              named(owner, property).filter(ContractExamples::decimal).orElse("150000.00"));
      case BOOLEAN -> Boolean.valueOf(named(owner, property).orElse("false"));
    };
  }

  private Object object(Schema schema, String owner) {
    Map<String, Object> example = new LinkedHashMap<>();
    if (schema.getAllOf() != null) {
      for (Schema part : schema.getAllOf()) {
        if (example(part, owner, null) instanceof Map<?, ?> map) {
          map.forEach((k, v) -> example.put(String.valueOf(k), v));
        }
      }
    }
    if (schema.getProperties() != null) {
      String self = owner == null ? null : owner.replaceAll("\\d+$", "");
      schema
          .getProperties()
          .forEach(
              (name, property) -> {
                Object value = example(property, self, name);
                if (value != null) {
                  example.put(name, value);
                }
              });
    } else if (schema.getAdditionalPropertiesSchema() != null) {
      Object value = example(schema.getAdditionalPropertiesSchema(), owner, null);
      if (value != null) {
        example.put("2025", value); // maps of the API are keyed by year or code
      }
    }
    return example;
  }

  private String text(Schema schema, String owner, String property) {
    String format = schema.getFormat();
    if ("binary".equals(format)) {
      return null; // a file: no JSON example
    }
    if ("date".equals(format)) {
      return named(owner, property).filter(v -> v.length() == 10).orElse("2026-03-02");
    }
    if ("date-time".equals(format)) {
      return named(owner, property).filter(v -> v.endsWith("Z")).orElse("2026-03-02T09:00:00Z");
    }
    String value =
        named(owner, property)
            .orElseGet(
                () -> {
                  if ("email".equals(format)) {
                    return "ntu.staff@ntu.example";
                  }
                  if (property != null && property.endsWith("Zh")) {
                    return "南洋理工大学";
                  }
                  return property == null ? "text" : property;
                });
    if (schema.getMaxLength() != null && value.length() > schema.getMaxLength()) {
      value = value.substring(0, schema.getMaxLength());
    }
    return value;
  }

  private Object whole(Schema schema, String owner, String property) {
    long value =
        named(owner, property)
            .filter(v -> v.matches("-?\\d+"))
            .map(Long::valueOf)
            .orElseGet(
                () -> {
                  if (property == null) {
                    return 1L;
                  }
                  if (property.equals("id")
                      || property.endsWith("Id")
                      || property.endsWith("Ids")) {
                    return 3L;
                  }
                  return property.toLowerCase(java.util.Locale.ROOT).contains("version") ? 2L : 1L;
                });
    if (schema.getMinimum() != null && value < schema.getMinimum().longValue()) {
      value = schema.getMinimum().longValue();
    }
    if (schema.getMaximum() != null && value > schema.getMaximum().longValue()) {
      value = schema.getMaximum().longValue();
    }
    return "int32".equals(schema.getFormat()) ? (Object) (int) value : (Object) value;
  }

  private static boolean decimal(String value) {
    return value.matches("-?\\d+(\\.\\d+)?");
  }

  private static java.util.Optional<String> named(String owner, String property) {
    if (property == null) {
      return java.util.Optional.empty();
    }
    String value = owner == null ? null : BY_NAME.get(owner + "." + property);
    return java.util.Optional.ofNullable(value != null ? value : BY_NAME.get(property));
  }

  private static Map<String, String> load() {
    Properties values = new Properties();
    try {
      values.load(new StringReader(VALUES));
    } catch (IOException cannot) {
      throw new IllegalStateException(cannot);
    }
    Map<String, String> byName = new HashMap<>();
    values.stringPropertyNames().forEach(k -> byName.put(k, values.getProperty(k)));
    return Map.copyOf(byName);
  }
}
