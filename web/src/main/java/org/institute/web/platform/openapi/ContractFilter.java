package org.institute.web.platform.openapi;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.institute.web.platform.idempotency.Idempotent;

/**
 * Completes the contract that the build generates from the resources (decision 0099), in one place
 * instead of on every method:
 *
 * <ul>
 *   <li>the RFC 9457 problem schema and the error answers each operation can give (400 where it
 *       reads parameters or a body, 401/403/429 where it needs a token, 404 where it names a
 *       record, 406 for reads, 409 for writes, 413 for bodies, 422 where an {@code Idempotency-Key}
 *       is accepted), and {@code default} for any other refusal (none answers 412: a stale version
 *       is a 409);
 *   <li>the list envelope: an operation with a {@code cursor} parameter answers {@code {items,
 *       next, total}} of the type its {@code @APIResponseSchema} names, and its paging parameters
 *       are described here;
 *   <li>files (CSV, XLSX, PDF) as binary strings, without the server's {@code qs} weights;
 *   <li>readable operation ids ({@code licenceDealApprove}) and a tag per resource, which the
 *       generated client's classes are named after, with its description ({@link #TAGS});
 *   <li>which answer fields are always there ({@link AnswerFields}) and an example for every schema
 *       ({@link ContractExamples}), decision 0105.
 * </ul>
 *
 * It runs at build time only (smallrye-open-api-maven-plugin), never in the server, which serves
 * the finished document.
 */
public class ContractFilter implements OASFilter {

  static final String PROBLEM = "Problem";
  static final String PROBLEM_TYPE = "application/problem+json";

  private static final String[] RESOURCE_PACKAGES = {
    "core", "partners", "licensing", "talent", "records", "funding", "reports"
  };

  private static final Map<String, String> ERRORS = new LinkedHashMap<>();

  /** What each area of the API (a tag: the first segment of its paths) is for. */
  static final Map<String, String> TAGS =
      Map.ofEntries(
          Map.entry(
              "agreements",
              "Agreements between the partners: parties, terms, the signed copy, termination;"
                  + " confidential ones only for their parties"),
          Map.entry(
              "approval-policies",
              "Versions of the rules that decide which approvals a licence deal needs (admins)"),
          Map.entry(
              "audit", "The audit trail of every change of value, and its hash chain's check"),
          Map.entry(
              "auth", "Sign-in for a bearer token, and choosing a password with an e-mailed link"),
          Map.entry("centres", "The institute's R&D centres and joint research centres"),
          Map.entry(
              "certificates",
              "Programme certificates: issued, revoked, as PDF; verified by code without sign-in"),
          Map.entry(
              "cohorts",
              "Intakes of a programme: sessions, enrolments and waitlists, attendance, assessment,"
                  + " completion"),
          Map.entry(
              "council", "The Governing Council: its members, meetings, decisions and minutes"),
          Map.entry(
              "credentials",
              "The public keys and issuer that check a certificate's signed credential offline"),
          Map.entry(
              "disclosures", "Invention disclosures, their inventors and the IP office's review"),
          Map.entry(
              "funding",
              "Funding commitments, disbursements and expenditures, in their currency, SGD and"
                  + " CNY"),
          Map.entry("fx", "Amounts converted between SGD and CNY at the rate of a date"),
          Map.entry("fx-rates", "The SGD/CNY exchange rates the institute records (admins)"),
          Map.entry(
              "internships",
              "The NTU-YDPG internship programme: host positions, applications, placements,"
                  + " evaluations"),
          Map.entry("invoices", "Invoices and credit notes for royalties, and their payments"),
          Map.entry(
              "kpis", "The council's KPIs: targets to 2025 against actuals, with the records"),
          Map.entry(
              "licence-deals",
              "Licence deals from draft to approval and execution, their payments, obligations and"
                  + " the distribution of income"),
          Map.entry("mail", "Outgoing e-mail (admins)"),
          Map.entry("me", "The caller's own account: roles, partner, password, language"),
          Map.entry("participants", "People who take the institute's programmes (coordinators)"),
          Map.entry("partners", "Partner organisations: co-founders, funders, licensees, hosts"),
          Map.entry(
              "patents",
              "Patent families, applications, co-ownership shares, costs, deadlines and imports"),
          Map.entry("ping", "A reply without a database or a caller, to check the server answers"),
          Map.entry(
              "programmes",
              "Programmes: MiniMasters, certification courses and the internship programme"),
          Map.entry(
              "projects",
              "Research projects of the centres, their budgets and the patent families they led"
                  + " to"),
          Map.entry("publications", "Publications of the projects, added one by one or imported"),
          Map.entry("reports", "The annual report for the Governing Council, as PDF, XLSX or CSV"),
          Map.entry(
              "royalty-reports",
              "Licensees' royalty reports of net sales, their review, queries and amendments"),
          Map.entry("space", "The headquarters' 23,000 sqm: units and who occupies them when"),
          Map.entry("spin-offs", "The institute's spin-off companies"),
          Map.entry(
              "tokens",
              "Personal access tokens with scopes, an expiry and a rate, for programs instead of"
                  + " a password"),
          Map.entry("users", "User accounts: invitations, roles, partner, locking (admins)"),
          Map.entry(
              "webhooks",
              "Signed event deliveries to registered HTTPS endpoints, and their delivery log"));

  static {
    ERRORS.put(
        "400",
        "A parameter or the body cannot be read or breaks a rule; 'violations' names the fields");
    ERRORS.put(
        "401", "No valid token (sign in, or an access token that is unknown, revoked or expired)");
    ERRORS.put("403", "The caller's roles or the token's scopes do not allow this");
    ERRORS.put("404", "No such record in the caller's scope");
    ERRORS.put("406", "The Accept header or ?format= names no media type this address answers in");
    ERRORS.put("409", "The record's state or version no longer allows this, or a duplicate");
    // no operation answers 412: a stale version is a conflict (409), as the resources say
    ERRORS.put("413", "The body is larger than the server takes");
    ERRORS.put("422", "The Idempotency-Key was used before with another request");
    ERRORS.put("429", "Too many requests for this token; see Retry-After");
  }

  @Override
  public void filterOpenAPI(OpenAPI api) {
    if (api.getComponents() == null) {
      api.setComponents(OASFactory.createComponents());
    }
    api.getComponents().addSchema(PROBLEM, problemSchema());
    ERRORS.forEach(
        (code, text) ->
            api.getComponents()
                .addResponse(
                    "Problem" + code,
                    OASFactory.createAPIResponse().description(text).content(problemContent())));
    Set<String> tags = new java.util.TreeSet<>();
    Set<String> ids = new LinkedHashSet<>();
    List<Method> methods = new ArrayList<>();
    for (Map.Entry<String, PathItem> path :
        new TreeMap<>(api.getPaths().getPathItems()).entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().getOperations().entrySet()) {
        Operation op = entry.getValue();
        if (op.getSecurity() == null) {
          op.setSecurity(new ArrayList<>()); // public, and says so
        }
        Optional<Method> method = method(op.getOperationId());
        method.ifPresent(methods::add);
        String tag = tag(path.getKey());
        tags.add(tag);
        op.setTags(List.of(tag));
        op.setOperationId(unique(ids, operationId(op)));
        files(op);
        paging(api, op);
        idempotency(op, method);
        errors(path.getKey(), entry.getKey(), op, method);
      }
    }
    api.setTags(
        tags.stream().map(t -> OASFactory.createTag().name(t).description(TAGS.get(t))).toList());
    api.getComponents().getSchemas().forEach(this::beanProperties);
    prune(api);
    AnswerFields.mark(api, methods);
    ContractExamples.complete(api);
  }

  /**
   * Drops the schemas nothing refers to any more (the generic list page the lists replaced, the
   * tables behind the CSV answers), so that neither readers nor the generated client see them.
   */
  static void prune(OpenAPI api) {
    Map<String, Schema> all = api.getComponents().getSchemas();
    Set<String> reached = new java.util.HashSet<>();
    java.util.Deque<Schema> open = new java.util.ArrayDeque<>();
    for (PathItem item : api.getPaths().getPathItems().values()) {
      for (Operation op : item.getOperations().values()) {
        if (op.getParameters() != null) {
          op.getParameters().forEach(p -> add(open, p.getSchema()));
        }
        if (op.getRequestBody() != null) {
          add(open, op.getRequestBody().getContent());
        }
        if (op.getResponses() != null) {
          op.getResponses().getAPIResponses().values().forEach(r -> add(open, r.getContent()));
        }
      }
    }
    if (api.getComponents().getResponses() != null) {
      api.getComponents().getResponses().values().forEach(r -> add(open, r.getContent()));
    }
    while (!open.isEmpty()) {
      Schema schema = open.pop();
      if (schema.getRef() != null) {
        String name = schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1);
        if (reached.add(name) && all.get(name) != null) {
          open.push(all.get(name));
        }
        continue;
      }
      if (schema.getProperties() != null) {
        schema.getProperties().values().forEach(s -> add(open, s));
      }
      add(open, schema.getItems());
      add(open, schema.getAdditionalPropertiesSchema());
      add(open, schema.getNot());
      for (List<Schema> list :
          java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
        if (list != null) {
          list.forEach(s -> add(open, s));
        }
      }
    }
    new ArrayList<>(all.keySet())
        .stream()
            .filter(name -> !reached.contains(name))
            .forEach(api.getComponents()::removeSchema);
  }

  private static void add(java.util.Deque<Schema> open, Schema schema) {
    if (schema != null) {
      open.push(schema);
    }
  }

  private static void add(java.util.Deque<Schema> open, Content content) {
    if (content != null && content.getMediaTypes() != null) {
      content.getMediaTypes().values().forEach(m -> add(open, m.getSchema()));
    }
  }

  private static final String[] MODEL_PACKAGES = {
    "core", "partners", "licensing", "talent", "records", "reporting"
  };

  /**
   * JSON-B writes a record's public {@code isX()} and {@code getX()} methods as properties too
   * ({@code PartnerSummary.isCompany()} as {@code isCompany}); the scanner sees only components.
   * Adds them, read-only, to the schema of the record of that name in a module's published package.
   */
  private void beanProperties(String name, Schema schema) {
    if (schema.getProperties() == null) {
      return;
    }
    for (String area : MODEL_PACKAGES) {
      Class<?> type;
      try {
        type =
            Class.forName("org.institute." + area + "." + name, false, getClass().getClassLoader());
      } catch (ClassNotFoundException notHere) {
        continue;
      }
      if (!type.isRecord()) {
        return;
      }
      Set<String> components =
          java.util.Arrays.stream(type.getRecordComponents())
              .map(java.lang.reflect.RecordComponent::getName)
              .collect(java.util.stream.Collectors.toSet());
      for (Method m : type.getMethods()) {
        String property = beanProperty(m);
        if (property != null
            && !components.contains(property)
            && !schema.getProperties().containsKey(property)
            && !m.isAnnotationPresent(jakarta.json.bind.annotation.JsonbTransient.class)) {
          schema.addProperty(
              property,
              OASFactory.createSchema()
                  .type(
                      m.getReturnType() == boolean.class || m.getReturnType() == Boolean.class
                          ? Schema.SchemaType.BOOLEAN
                          : Schema.SchemaType.STRING)
                  .readOnly(true));
        }
      }
      return;
    }
  }

  /** The property JSON-B derives from a public getter, or null. */
  static String beanProperty(Method m) {
    if (java.lang.reflect.Modifier.isStatic(m.getModifiers())
        || m.getParameterCount() > 0
        || m.getDeclaringClass() == Object.class
        || m.getDeclaringClass() == Record.class) {
      return null;
    }
    String n = m.getName();
    if (n.startsWith("is") && n.length() > 2 && m.getReturnType() == boolean.class) {
      return n; // JSON-B keeps the name of a record's isX() as it is: "isCompany"
    }
    if (n.startsWith("get") && n.length() > 3 && !n.equals("getClass")) {
      return Character.toLowerCase(n.charAt(3)) + n.substring(4);
    }
    return null;
  }

  /** The first segment after /api/v1/, which names the area (licence-deals, cohorts, ...). */
  static String tag(String path) {
    String rest = path.startsWith("/api/v1/") ? path.substring("/api/v1/".length()) : path;
    int slash = rest.indexOf('/');
    return slash < 0 ? rest : rest.substring(0, slash);
  }

  /**
   * {@code LicenceDealResource_approve} becomes {@code licenceDealApprove}; the list half of a list
   * that also exports ({@code _export}) is the list.
   */
  static String operationId(Operation op) {
    String id = op.getOperationId();
    int cut = id.indexOf('_');
    if (cut < 0) {
      return id;
    }
    String type = id.substring(0, cut).replace("Resource", "");
    String name = id.substring(cut + 1);
    if (name.equals("export") && jsonOf(op.getResponses().getAPIResponse("200")) != null) {
      name = "list";
    }
    return Character.toLowerCase(type.charAt(0))
        + type.substring(1)
        + Character.toUpperCase(name.charAt(0))
        + name.substring(1);
  }

  private static String unique(Set<String> ids, String id) {
    String candidate = id;
    for (int i = 2; !ids.add(candidate); i++) {
      candidate = id + i;
    }
    return candidate;
  }

  /** The resource method, found by the generator's CLASS_METHOD id, for its annotations. */
  private Optional<Method> method(String operationId) {
    int cut = operationId == null ? -1 : operationId.indexOf('_');
    if (cut < 0) {
      return Optional.empty();
    }
    String type = operationId.substring(0, cut);
    String name = operationId.substring(cut + 1);
    for (String area : RESOURCE_PACKAGES) {
      try {
        Class<?> c =
            Class.forName(
                "org.institute.web." + area + ".rest." + type, false, getClass().getClassLoader());
        for (Method m : c.getMethods()) {
          if (m.getName().equals(name)) {
            return Optional.of(m);
          }
        }
      } catch (ClassNotFoundException notHere) {
        // the next area
      }
    }
    return Optional.empty();
  }

  /** Files are bytes; the server's {@code ;qs=0.5} weights are no media types of the contract. */
  private static void files(Operation op) {
    if (op.getResponses() == null) {
      return;
    }
    for (APIResponse response : op.getResponses().getAPIResponses().values()) {
      Content content = response.getContent();
      if (content == null) {
        continue;
      }
      Map<String, MediaType> types = new LinkedHashMap<>(content.getMediaTypes());
      for (Map.Entry<String, MediaType> type : types.entrySet()) {
        String name = type.getKey();
        String bare = name.contains(";") ? name.substring(0, name.indexOf(';')).trim() : name;
        MediaType media = type.getValue();
        if (!bare.contains("json")) {
          media.setSchema(
              OASFactory.createSchema()
                  .type(Schema.SchemaType.STRING)
                  .format(bare.startsWith("text/") ? null : "binary"));
        }
        if (!bare.equals(name)) {
          content.removeMediaType(name);
          content.addMediaType(bare, media);
        }
      }
    }
  }

  /** Lists: the envelope of the item type the method names, and the paging parameters. */
  private static void paging(OpenAPI api, Operation op) {
    if (op.getParameters() == null
        || op.getParameters().stream().noneMatch(p -> "cursor".equals(p.getName()))) {
      return;
    }
    for (Parameter p : op.getParameters()) {
      switch (p.getName()) {
        case "cursor" ->
            p.description("The 'next' of the previous page; send the same filters and sort")
                .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING));
        case "limit" ->
            p.description("Rows per page (most lists 1 to 200, 50 by default)")
                .schema(
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(java.math.BigDecimal.ONE));
        case "count" ->
            p.description("'exact' adds the number of matching rows as 'total' (an extra count)")
                .schema(
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.STRING)
                        .enumeration(List.of("exact")));
        case "offset" ->
            p.description(
                    "Deprecated (decision 0095): answers the list's older shape with a"
                        + " Deprecation header; use cursor")
                .deprecated(true)
                .schema(
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.INTEGER)
                        .format("int32")
                        .minimum(java.math.BigDecimal.ZERO));
        default -> {}
      }
    }
    MediaType json = jsonOf(op.getResponses().getAPIResponse("200"));
    if (json == null || json.getSchema() == null || json.getSchema().getRef() == null) {
      return;
    }
    String item = json.getSchema().getRef().substring("#/components/schemas/".length());
    if (item.equals("ListPage") || item.endsWith("Page")) {
      return; // no item type named: left untyped, and the coverage test says so
    }
    String page = item + "Page";
    api.getComponents()
        .addSchema(
            page,
            OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("A page of the list; 'next' is null on the last page")
                .addRequired("items")
                .addRequired("next")
                .addProperty(
                    "items",
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(item)))
                .addProperty(
                    "next",
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.STRING)
                        .nullable(true)
                        .description("Send back as ?cursor= for the next page; opaque"))
                .addProperty(
                    "total",
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.INTEGER)
                        .format("int64")
                        .description("Every matching row, only with ?count=exact")));
    json.setSchema(OASFactory.createSchema().ref(page));
  }

  private static MediaType jsonOf(APIResponse response) {
    if (response == null || response.getContent() == null) {
      return null;
    }
    return response.getContent().getMediaType("application/json");
  }

  private static void idempotency(Operation op, Optional<Method> method) {
    if (method.isEmpty() || !idempotent(method.get())) {
      return;
    }
    op.addParameter(
        OASFactory.createParameter()
            .name("Idempotency-Key")
            .in(Parameter.In.HEADER)
            .description(
                "Any text of 1 to 255 printable characters; a repeat answers the first response"
                    + " (Idempotency-Replayed: true)")
            .schema(
                OASFactory.createSchema()
                    .type(Schema.SchemaType.STRING)
                    .minLength(1)
                    .maxLength(255)));
  }

  private static boolean idempotent(Method m) {
    return m.isAnnotationPresent(Idempotent.class)
        || m.getDeclaringClass().isAnnotationPresent(Idempotent.class);
  }

  private void errors(
      String path, PathItem.HttpMethod verb, Operation op, Optional<Method> method) {
    APIResponses responses = op.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      op.setResponses(responses);
    }
    boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
    boolean write = verb != PathItem.HttpMethod.GET && verb != PathItem.HttpMethod.HEAD;
    List<String> codes = new ArrayList<>();
    if ((op.getParameters() != null && !op.getParameters().isEmpty())
        || op.getRequestBody() != null) {
      codes.add("400");
    }
    if (secured) {
      codes.add("401");
      codes.add("403");
    }
    if (path.contains("{")) {
      codes.add("404");
    }
    if (verb == PathItem.HttpMethod.GET) {
      codes.add("406");
    }
    if (write && secured) {
      codes.add("409");
    }
    if (op.getRequestBody() != null) {
      codes.add("413");
    }
    if (method.isPresent() && idempotent(method.get())) {
      codes.add("422");
    }
    if (secured || path.startsWith("/api/v1/auth/")) {
      codes.add("429");
    }
    for (String code : codes) {
      if (responses.getAPIResponse(code) == null) {
        responses.addAPIResponse(
            code, OASFactory.createAPIResponse().ref("#/components/responses/Problem" + code));
      } else if (responses.getAPIResponse(code).getContent() == null) {
        responses.getAPIResponse(code).setContent(problemContent());
      }
    }
    // refusals the resources describe themselves (sign-in's 401 and 429) are problems too
    responses
        .getAPIResponses()
        .forEach(
            (code, response) -> {
              if (code.matches("[45]\\d\\d")
                  && response.getRef() == null
                  && response.getContent() == null) {
                response.setContent(problemContent());
              }
            });
    if (responses.getDefaultValue() == null) {
      responses.setDefaultValue(
          OASFactory.createAPIResponse()
              .description("Any other refusal, as an RFC 9457 problem")
              .content(problemContent()));
    }
  }

  private static Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            PROBLEM_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
  }

  /** {@link org.institute.web.platform.problem.Problem} as the server writes it. */
  private static Schema problemSchema() {
    Schema text = OASFactory.createSchema().type(Schema.SchemaType.STRING);
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("An RFC 9457 problem")
        .addRequired("type")
        .addRequired("title")
        .addRequired("status")
        .addProperty("type", text.example("about:blank"))
        .addProperty(
            "title",
            OASFactory.createSchema().type(Schema.SchemaType.STRING).example("Bad Request"))
        .addProperty(
            "status",
            OASFactory.createSchema()
                .type(Schema.SchemaType.INTEGER)
                .format("int32")
                .minimum(java.math.BigDecimal.valueOf(400))
                .maximum(java.math.BigDecimal.valueOf(599))
                .example(400))
        .addProperty(
            "detail",
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .example("The field 'state' must be one of DRAFT, SUBMITTED, ..."))
        .addProperty("instance", OASFactory.createSchema().type(Schema.SchemaType.STRING))
        .addProperty(
            "violations",
            OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY)
                .description("The fields of a refused command and what is wrong with each")
                .items(
                    OASFactory.createSchema()
                        .type(Schema.SchemaType.OBJECT)
                        .addRequired("field")
                        .addRequired("code")
                        .addRequired("message")
                        .addProperty(
                            "field",
                            OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .example("terms.royaltyRate"))
                        .addProperty(
                            "code",
                            OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .example("field.required"))
                        .addProperty(
                            "message", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                        .addProperty(
                            "expected",
                            OASFactory.createSchema()
                                .type(Schema.SchemaType.STRING)
                                .description("What the field takes, where the message does not say")
                                .example("one of EXCLUSIVE, NON_EXCLUSIVE"))));
  }
}
