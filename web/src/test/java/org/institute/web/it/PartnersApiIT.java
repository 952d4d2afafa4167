package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Partners, users, agreements and the council over the REST API of the real WAR (issue 3). */
@ExtendWith(ArquillianExtension.class)
@ExtendWith(Mailbox.class)
@RunAsClient
class PartnersApiIT {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
          .getBytes(StandardCharsets.ISO_8859_1);

  private Mailbox mail;

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  @BeforeEach
  void mailbox(Mailbox mailbox) {
    mail = mailbox;
  }

  private Http http() {
    return new Http(base);
  }

  private static String unique(String prefix) {
    return prefix + Long.toString(System.nanoTime(), 36).toUpperCase().substring(4);
  }

  private long partnerId(String code) throws Exception {
    HttpResponse<String> r =
        http().get("api/v1/partners?q=" + code + "&limit=200", http().tokenFor("admin"));
    return Http.json(r).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(p -> p.getString("code").equals(code))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  private long agreementIdByTitle(String fragment, String token) throws Exception {
    HttpResponse<String> r = http().get("api/v1/agreements?limit=200", token);
    return Http.json(r).getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .filter(a -> a.getString("title").contains(fragment))
        .findFirst()
        .orElseThrow()
        .getJsonNumber("id")
        .longValue();
  }

  @Test
  void adminRegistersAPartnerInvitesItsStaffWhoSetsAPasswordByTheMailedLinkAndSignsIn()
      throws Exception {
    String admin = http().tokenFor("admin");
    String code = unique("YB");
    HttpResponse<String> created =
        http()
            .json(
                "POST",
                "api/v1/partners",
                admin,
                """
            {"code":"%s","nameEn":"Chongqing Test Robotics Co., Ltd","nameZh":"重庆测试机器人有限公司",
             "kind":"PRIVATE_COMPANY","country":"CN","city":"Chongqing","roles":["INTERNSHIP_HOST"],
             "contacts":[{"name":"Wang Fang","function":"HR","email":"hr@robotics.example"}]}
            """
                    .formatted(code));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.headers().firstValue("Location"))
        .get()
        .asString()
        .contains("/api/v1/partners/");
    JsonObject partner = Http.json(created).getJsonObject("partner");
    long id = partner.getJsonNumber("id").longValue();
    assertThat(partner.getString("nameZh")).isEqualTo("重庆测试机器人有限公司");

    String username = "wang." + code.toLowerCase();
    String email = username + "@robotics.example";
    HttpResponse<String> invited =
        http()
            .json(
                "POST",
                "api/v1/users",
                admin,
                """
            {"username":"%s","displayName":"王芳 Wang Fang","email":"%s","language":"zh-CN",
             "roles":["PARTNER_STAFF"],"partner":%d}
            """
                    .formatted(username, email, id));
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    assertThat(Http.json(invited).getBoolean("passwordSet")).isFalse();
    // invited, no password yet: no sign-in is possible
    Expect.problem(http().token(username, Deployments.DEMO_PASSWORD), 401);

    MimeMessage invitation = mail.awaitMailTo(email, Duration.ofSeconds(30));
    assertThat(invitation.getSubject()).contains("您的研究院账户");
    String token = Mailbox.linkToken(invitation);

    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/auth/password",
                null,
                "{\"token\":\"" + token + "\",\"password\":\"short\"}"),
        "password:password.tooShort");
    HttpResponse<String> set =
        http()
            .json(
                "POST",
                "api/v1/auth/password",
                null,
                "{\"token\":\"" + token + "\",\"password\":\"robots in yubei 2026\"}");
    assertThat(set.statusCode()).as(set.body()).isEqualTo(204);

    HttpResponse<String> signIn = http().token(username, "robots in yubei 2026");
    assertThat(signIn.statusCode()).isEqualTo(200);
    JsonObject me = Http.json(http().get("api/v1/me", Http.json(signIn).getString("access_token")));
    assertThat(me.getJsonObject("partner").getString("code")).isEqualTo(code);
    assertThat(me.getString("language")).isEqualTo("zh-CN");

    // the link works once
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/auth/password",
                null,
                "{\"token\":\"" + token + "\",\"password\":\"another good password\"}"),
        "token:password.link.invalid");
  }

  @Test
  void partnerStaffGetNotFoundOnAnotherPartnersConfidentialAgreement() throws Exception {
    String admin = http().tokenFor("admin");
    long confidential = agreementIdByTitle("Commercialisation support", admin);

    Expect.problem(
        http().get("api/v1/agreements/" + confidential, http().tokenFor("ntu.staff")), 404);
    Expect.problem(
        http()
            .get(
                "api/v1/agreements/" + confidential + "/signed-copy", http().tokenFor("ntu.staff")),
        404);
    assertThat(http().get("api/v1/agreements?limit=200", http().tokenFor("ntu.staff")).body())
        .doesNotContain("Commercialisation support");
    // its parties see it
    assertThat(
            http()
                .get("api/v1/agreements/" + confidential, http().tokenFor("scut.staff"))
                .statusCode())
        .isEqualTo(200);
    assertThat(
            http()
                .get("api/v1/agreements/" + confidential, http().tokenFor("gkc.staff"))
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void anOldAgreementShowsThePartnersNameAtSigning() throws Exception {
    String admin = http().tokenFor("admin");
    // the demo founding agreement of 2015 names GKC Co. as it was called before its 2018 rename
    JsonObject founding =
        Http.json(
            http().get("api/v1/agreements/" + agreementIdByTitle("establishment", admin), admin));
    JsonObject gkc =
        founding.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("code").equals("GKC"))
            .findFirst()
            .orElseThrow();
    assertThat(gkc.getString("nameEnAtSigning"))
        .isEqualTo("Guangzhou Knowledge City Investment and Development Co., Ltd");
    assertThat(gkc.getString("currentNameEn"))
        .isEqualTo("CSGKC Investment and Development Co., Ltd");

    // and a rename made now leaves an agreement signed before it with the old name
    String code = unique("RN");
    HttpResponse<String> registered =
        http()
            .json(
                "POST",
                "api/v1/partners",
                admin,
                """
            {"code":"%s","nameEn":"Old Name Technology Co., Ltd","kind":"PRIVATE_COMPANY",
             "country":"CN","city":"Guangzhou","knownSince":"2015-01-01"}
            """
                    .formatted(code));
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    long id = Http.json(registered).getJsonObject("partner").getJsonNumber("id").longValue();
    long ntu = partnerId("NTU");
    HttpResponse<String> agreement =
        http()
            .json(
                "POST",
                "api/v1/agreements",
                admin,
                """
            {"title":"Research collaboration %s","parties":[%d,%d],"signedOn":"%s"}
            """
                    .formatted(code, ntu, id, LocalDate.now().minusYears(1)));
    assertThat(agreement.statusCode()).as(agreement.body()).isEqualTo(201);
    long agreementId = Http.json(agreement).getJsonNumber("id").longValue();

    long version =
        Http.json(http().get("api/v1/partners/" + id, admin)).getJsonNumber("version").longValue();
    HttpResponse<String> renamed =
        http()
            .json(
                "PATCH",
                "api/v1/partners/" + id,
                admin,
                "{\"version\":" + version + ",\"nameEn\":\"New Name Technology Co., Ltd\"}");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(Http.json(renamed).getJsonArray("nameHistory")).hasSize(2);

    JsonObject after = Http.json(http().get("api/v1/agreements/" + agreementId, admin));
    JsonObject party =
        after.getJsonArray("parties").getValuesAs(JsonObject.class).stream()
            .filter(p -> p.getString("code").equals(code))
            .findFirst()
            .orElseThrow();
    assertThat(party.getString("nameEnAtSigning")).isEqualTo("Old Name Technology Co., Ltd");
    assertThat(party.getString("currentNameEn")).isEqualTo("New Name Technology Co., Ltd");
  }

  private long createPartner(String admin, String code, String name) throws Exception {
    HttpResponse<String> r =
        http()
            .json(
                "POST",
                "api/v1/partners",
                admin,
                """
            {"code":"%s","nameEn":"%s","kind":"PRIVATE_COMPANY","country":"CN","city":"Guangzhou"}
            """
                    .formatted(code, name));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r).getJsonObject("partner").getJsonNumber("id").longValue();
  }

  @Test
  void badPartnerInputGetsFieldViolationsAndChangesNothing() throws Exception {
    String admin = http().tokenFor("admin");
    long before =
        Http.json(http().get("api/v1/partners?count=exact&active=", admin))
            .getJsonNumber("total")
            .longValue();

    Expect.violations(
        http().json("POST", "api/v1/partners", admin, "{\"code\":\"ZZ1\",\"kind\":\"UNIVERSITY\"}"),
        "nameEn:partner.nameEn.required",
        "country:partner.country.invalid",
        "city:partner.city.required");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/partners",
                admin,
                """
            {"code":"NTU","nameEn":"Another NTU","kind":"UNIVERSITY","country":"SG","city":"Singapore"}
            """),
        "code:partner.code.taken");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/partners",
                admin,
                """
            {"code":"ZZ2","nameEn":"X","kind":"UNIVERSITY","country":"SG","city":"S","isAdmin":true}
            """),
        "isAdmin:field.unknown");
    Expect.violations(
        http()
            .json(
                "POST",
                "api/v1/partners",
                admin,
                """
            {"code":7,"nameEn":"X","kind":"SPACESHIP","country":"SG","city":"S"}
            """),
        "code:field.notText",
        "kind:field.notAllowedValue");
    Expect.problem(http().json("POST", "api/v1/partners", admin, "[1,2]"), 400);
    Expect.problem(http().json("POST", "api/v1/partners", admin, "{\"code\":"), 400);
    Expect.problem(
        http()
            .json(
                "POST",
                "api/v1/partners",
                http().tokenFor("ntu.staff"),
                """
        {"code":"ZZ3","nameEn":"X","kind":"UNIVERSITY","country":"SG","city":"S"}
        """),
        403);

    long after =
        Http.json(http().get("api/v1/partners?count=exact&active=", admin))
            .getJsonNumber("total")
            .longValue();
    assertThat(after).isEqualTo(before);
  }

  @Test
  void fakeAndOversizedPdfsAreRefusedAndTheAgreementKeepsNoCopy() throws Exception {
    String admin = http().tokenFor("admin");
    long ntu = partnerId("NTU");
    long scut = partnerId("SCUT");
    HttpResponse<String> created =
        http()
            .json(
                "POST",
                "api/v1/agreements",
                admin,
                """
            {"title":"Upload test %s","parties":[%d,%d],"signedOn":"2024-03-01","confidential":true}
            """
                    .formatted(unique("U"), ntu, scut));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    long id = Http.json(created).getJsonNumber("id").longValue();
    long version = Http.json(created).getJsonNumber("version").longValue();

    HttpResponse<String> fake =
        http()
            .send(
                "PUT",
                "api/v1/agreements/" + id + "/signed-copy?version=" + version,
                admin,
                "application/pdf",
                HttpRequest.BodyPublishers.ofString("<html><script>alert(1)</script></html>"));
    Expect.violations(fake, "file:document.notPdf");
    byte[] huge = new byte[11 * 1024 * 1024];
    System.arraycopy(PDF, 0, huge, 0, PDF.length);
    Expect.violations(
        http()
            .send(
                "PUT",
                "api/v1/agreements/" + id + "/signed-copy?version=" + version,
                admin,
                "application/pdf",
                HttpRequest.BodyPublishers.ofByteArray(huge)),
        "file:document.tooLarge");
    Expect.problem(
        http()
            .send(
                "PUT",
                "api/v1/agreements/" + id + "/signed-copy?version=" + version,
                admin,
                "text/html",
                HttpRequest.BodyPublishers.ofString("<html></html>")),
        415);
    assertThat(Http.json(http().get("api/v1/agreements/" + id, admin)).getBoolean("hasSignedCopy"))
        .isFalse();

    HttpResponse<String> attached =
        http()
            .send(
                "PUT",
                "api/v1/agreements/"
                    + id
                    + "/signed-copy?version="
                    + version
                    + "&fileName=../../signed%20copy.pdf",
                admin,
                "application/pdf",
                HttpRequest.BodyPublishers.ofByteArray(PDF));
    assertThat(attached.statusCode()).as(attached.body()).isEqualTo(200);
    HttpResponse<byte[]> download =
        http().download("api/v1/agreements/" + id + "/signed-copy", http().tokenFor("scut.staff"));
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(PDF);
    assertThat(download.headers().firstValue("Content-Disposition"))
        .get()
        .asString()
        .startsWith("attachment")
        .contains("signed copy.pdf")
        .doesNotContain("..");
    assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    // a confidential agreement between NTU and SCUT is not GKC's to read
    assertThat(
            http()
                .download("api/v1/agreements/" + id + "/signed-copy", http().tokenFor("gkc.staff"))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void twoAdminsEditingOnePartnerEndInAConflictNotASilentOverwrite() throws Exception {
    String admin = http().tokenFor("admin");
    long id = createPartner(admin, unique("CF"), "Conflict Test Co., Ltd");
    long version =
        Http.json(http().get("api/v1/partners/" + id, admin)).getJsonNumber("version").longValue();

    HttpResponse<String> first =
        http()
            .json(
                "PATCH",
                "api/v1/partners/" + id,
                admin,
                "{\"version\":" + version + ",\"city\":\"Shenzhen\"}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    HttpResponse<String> second =
        http()
            .json(
                "PATCH",
                "api/v1/partners/" + id,
                admin,
                "{\"version\":" + version + ",\"city\":\"Foshan\"}");
    JsonObject problem = Expect.problem(second, 409);
    assertThat(problem.getString("detail")).contains("Reload");
    assertThat(
            Http.json(http().get("api/v1/partners/" + id, admin))
                .getJsonObject("partner")
                .getString("city"))
        .isEqualTo("Shenzhen");
    Expect.violations(
        http().json("PATCH", "api/v1/partners/" + id, admin, "{\"city\":\"Foshan\"}"),
        "version:field.required");
  }

  @Test
  void theDirectoryIsPagedSortedAndFiltered() throws Exception {
    String token = http().tokenFor("coordinator");
    JsonObject page =
        Http.json(http().get("api/v1/partners?sort=-code&limit=3&count=exact", token));
    assertThat(page.getJsonArray("items")).hasSize(3);
    assertThat(page.getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(16);
    List<String> codes =
        page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
            .map(p -> p.getString("code"))
            .toList();
    assertThat(codes).isSortedAccordingTo(java.util.Comparator.reverseOrder());

    JsonObject hosts =
        Http.json(http().get("api/v1/partners?role=INTERNSHIP_HOST&kind=PRIVATE_COMPANY", token));
    assertThat(hosts.getJsonArray("items").getValuesAs(JsonObject.class))
        .allSatisfy(p -> assertThat(p.getJsonArray("roles").toString()).contains("INTERNSHIP_HOST"))
        .extracting(p -> p.getString("code"))
        .contains("YUNBEI", "XIANTAO-AI");
    assertThat(
            Http.json(http().get("api/v1/partners?q=%E5%8D%8E%E5%8D%97", token))
                .getJsonArray("items")
                .getJsonObject(0)
                .getString("code"))
        .isEqualTo("SCUT");

    Expect.violations(http().get("api/v1/partners?sort=password", token), "sort:sort.unsupported");
    Expect.violations(http().get("api/v1/partners?limit=100000", token), "limit:page.outOfRange");
    Expect.violations(
        http().get("api/v1/partners?kind=SPACESHIP", token), "kind:field.notAllowedValue");
    Expect.problem(http().get("api/v1/partners", null), 401);
  }

  @Test
  void partnerStaffSeeTheirColleaguesButNotAnotherPartnersStaff() throws Exception {
    String ntuStaff = http().tokenFor("ntu.staff");
    JsonObject own = Http.json(http().get("api/v1/users", ntuStaff));
    assertThat(own.getJsonArray("items").getValuesAs(JsonObject.class))
        .isNotEmpty()
        .allSatisfy(
            u ->
                assertThat(u.getJsonNumber("partner").longValue())
                    .isEqualTo(partnerIdUnchecked("NTU")));
    JsonObject others =
        Http.json(http().get("api/v1/users?count=exact&partner=" + partnerId("SCUT"), ntuStaff));
    assertThat(others.getJsonArray("items")).isEmpty();
    assertThat(others.getJsonNumber("total").longValue()).isZero();
    Expect.problem(http().get("api/v1/users", http().tokenFor("coordinator")), 403);
    Expect.problem(http().json("POST", "api/v1/users", ntuStaff, "{}"), 403);
  }

  private long partnerIdUnchecked(String code) {
    try {
      return partnerId(code);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aDisabledUsersTokenStopsWorkingAtOnceAndTheChangeIsAudited() throws Exception {
    String admin = http().tokenFor("admin");
    String username = Database.freshAccount("disable", "COUNCIL", "disable@test.example");
    String token = http().tokenFor(username);
    assertThat(http().get("api/v1/me", token).statusCode()).isEqualTo(200);

    JsonObject user =
        Http.json(http().get("api/v1/users?q=" + username, admin))
            .getJsonArray("items")
            .getJsonObject(0);
    long id = user.getJsonNumber("id").longValue();
    HttpResponse<String> disabled =
        http()
            .json(
                "PATCH",
                "api/v1/users/" + id,
                admin,
                "{\"version\":"
                    + user.getJsonNumber("version").longValue()
                    + ",\"enabled\":false}");
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    assertThat(Http.json(disabled).getBoolean("enabled")).isFalse();

    Expect.problem(http().get("api/v1/me", token), 401);
    JsonObject audit = Http.json(http().get("api/v1/audit?entityId=" + username, admin));
    assertThat(audit.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(
            e -> {
              assertThat(e.getString("action")).isEqualTo("USER_CHANGED");
              assertThat(e.getString("actor")).isEqualTo("admin");
              assertThat(e.getString("summary")).contains("disabled");
            });

    Expect.problem(
        http()
            .json(
                "PATCH",
                "api/v1/users/" + id,
                admin,
                "{\"version\":" + user.getJsonNumber("version").longValue() + ",\"enabled\":true}"),
        409);
    Expect.violations(
        http()
            .json(
                "PATCH",
                "api/v1/users/" + id,
                admin,
                """
            {"version":%d,"roles":["PARTNER_STAFF"]}"""
                    .formatted(Http.json(disabled).getJsonNumber("version").longValue())),
        "partner:user.partner.required");
  }

  @Test
  void aUserSigningInDoesNotTurnAnAdminsOpenEditIntoAConflict() throws Exception {
    String admin = http().tokenFor("admin");
    String username = Database.freshAccount("signin", "COUNCIL", "signin@test.example");
    JsonObject user =
        Http.json(http().get("api/v1/users?q=" + username, admin))
            .getJsonArray("items")
            .getJsonObject(0);
    long id = user.getJsonNumber("id").longValue();
    long version = user.getJsonNumber("version").longValue();

    // the admin has the account open; meanwhile its owner signs in, and once mistypes the password
    assertThat(http().token(username, "not-the-password").statusCode()).isEqualTo(401);
    http().tokenFor(username);

    HttpResponse<String> renamed =
        http()
            .json(
                "PATCH",
                "api/v1/users/" + id,
                admin,
                "{\"version\":" + version + ",\"displayName\":\"Renamed While Signing In\"}");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(Http.json(renamed).getString("displayName")).isEqualTo("Renamed While Signing In");
    // a real concurrent edit is still refused
    Expect.problem(
        http()
            .json(
                "PATCH",
                "api/v1/users/" + id,
                admin,
                "{\"version\":" + version + ",\"displayName\":\"Stale\"}"),
        409);
  }

  @Test
  void aResetLinkLetsALockedOutUserBackIn() throws Exception {
    String admin = http().tokenFor("admin");
    String email = "reset." + unique("r").toLowerCase() + "@test.example";
    String username = Database.freshAccount("reset", "AUDITOR", email);
    JsonObject user =
        Http.json(http().get("api/v1/users?q=" + username, admin))
            .getJsonArray("items")
            .getJsonObject(0);
    HttpResponse<String> reset =
        http()
            .json(
                "PATCH",
                "api/v1/users/" + user.getJsonNumber("id").longValue(),
                admin,
                "{\"version\":"
                    + user.getJsonNumber("version").longValue()
                    + ",\"sendPasswordReset\":true}");
    assertThat(reset.statusCode()).as(reset.body()).isEqualTo(200);

    String token = Mailbox.linkToken(mail.awaitMailTo(email, Duration.ofSeconds(30)));
    assertThat(
            http()
                .json(
                    "POST",
                    "api/v1/auth/password",
                    null,
                    "{\"token\":\"" + token + "\",\"password\":\"a brand new secret\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(http().token(username, "a brand new secret").statusCode()).isEqualTo(200);
    Expect.problem(http().token(username, Deployments.DEMO_PASSWORD), 401);
  }

  @Test
  void usersChangeTheirOwnPasswordOnlyWithTheCurrentOne() throws Exception {
    String email = "own." + unique("o").toLowerCase() + "@test.example";
    String username = Database.freshAccount("own", "COUNCIL", email);
    String token = http().tokenFor(username);
    Expect.violations(
        http()
            .json(
                "PUT",
                "api/v1/me/password",
                token,
                "{\"currentPassword\":\"wrong wrong wrong\",\"newPassword\":\"a perfectly fine one\"}"),
        "currentPassword:password.current.wrong");
    assertThat(
            http()
                .json(
                    "PUT",
                    "api/v1/me/password",
                    token,
                    "{\"currentPassword\":\""
                        + Deployments.DEMO_PASSWORD
                        + "\",\"newPassword\":\"a perfectly fine one\"}")
                .statusCode())
        .isEqualTo(204);
    assertThat(http().token(username, "a perfectly fine one").statusCode()).isEqualTo(200);
    assertThat(Mailbox.body(mail.awaitMailTo(email, Duration.ofSeconds(30))))
        .contains("was changed");
    assertThat(
            http()
                .json("PUT", "api/v1/me/language", token, "{\"language\":\"zh-CN\"}")
                .statusCode())
        .isEqualTo(204);
    Expect.violations(
        http().json("PUT", "api/v1/me/language", token, "{\"language\":\"fr\"}"),
        "language:account.language.unsupported");
  }

  @Test
  void theCouncilReadsItsDecisionsAndAdminsRecordTheNextOne() throws Exception {
    JsonObject meetings =
        Http.json(http().get("api/v1/council/meetings", http().tokenFor("council")));
    assertThat(meetings.toString()).contains("GC-2020-01", "S$61 million");
    Expect.problem(http().get("api/v1/council/meetings", http().tokenFor("ntu.staff")), 403);

    String admin = http().tokenFor("admin");
    HttpResponse<String> meeting =
        http()
            .json(
                "POST",
                "api/v1/council/meetings",
                admin,
                "{\"heldOn\":\"2021-06-30\",\"title\":\"Extraordinary meeting "
                    + unique("M")
                    + "\"}");
    assertThat(meeting.statusCode()).as(meeting.body()).isEqualTo(201);
    long id = Http.json(meeting).getJsonNumber("id").longValue();
    long version = Http.json(meeting).getJsonNumber("version").longValue();
    HttpResponse<String> decided =
        http()
            .json(
                "POST",
                "api/v1/council/meetings/" + id + "/decisions",
                admin,
                "{\"version\":"
                    + version
                    + ",\"text\":\"Move into the Smart Park headquarters.\",\"outcome\":\"APPROVED\"}");
    assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
    assertThat(Http.json(decided).getJsonArray("decisions").getJsonObject(0).getString("reference"))
        .startsWith("GC-2021-");
    Expect.problem(
        http()
            .json(
                "POST",
                "api/v1/council/meetings/" + id + "/decisions",
                admin,
                "{\"version\":" + version + ",\"text\":\"Stale.\",\"outcome\":\"NOTED\"}"),
        409);
    Expect.problem(
        http()
            .json(
                "POST",
                "api/v1/council/meetings",
                http().tokenFor("council"),
                "{\"heldOn\":\"2021-06-30\",\"title\":\"Not theirs to record\"}"),
        403);
  }
}
