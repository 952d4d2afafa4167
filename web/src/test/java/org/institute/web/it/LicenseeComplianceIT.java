package org.institute.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A licensee's compliance over HTTP against the real WAR (decision 0104), on the shared server:
 * licensee staff read their own company's only (another's is 404), the licensor side any
 * licensee's; the reminders of invoices not settled go out once per stage, in the reader's
 * language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LicenseeComplianceIT {

  @ArquillianResource private URL base;

  @Deployment(testable = false)
  static WebArchive war() {
    return Deployments.builtWar();
  }

  private Http api() {
    return new Http(base);
  }

  private String token(String user) throws Exception {
    return new Http(base).tokenFor(user);
  }

  private static String compliance(long partner) {
    return "api/v1/licensees/" + partner + "/compliance";
  }

  @Test
  void licenseeStaffReadTheirOwnCompanysComplianceAndAnothersIsNotFound() throws Exception {
    long huaxin = LicensingApiIT.partner("HUAXIN");
    long kangda = LicensingApiIT.partner("KANGDA");
    String huaxinStaff = token("huaxin.licensee");

    HttpResponse<String> own = api().get(compliance(huaxin), huaxinStaff);

    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    JsonObject view = Http.json(own);
    assertThat(view.getJsonNumber("licenseeId").longValue()).isEqualTo(huaxin);
    List<JsonObject> reports = view.getJsonArray("reports").getValuesAs(JsonObject.class);
    assertThat(view.getInt("reportsOnTime")).isEqualTo(count(reports, "ON_TIME"));
    assertThat(view.getInt("reportsLate")).isEqualTo(count(reports, "LATE"));
    assertThat(view.getInt("reportsOverdue")).isEqualTo(count(reports, "OVERDUE"));
    for (JsonObject r : reports) {
      // due 30 days after the quarter, which ended in the last twelve months
      LocalDate end = LocalDate.parse(r.getString("periodEnd"));
      assertThat(LocalDate.parse(r.getString("dueDate"))).isEqualTo(end.plusDays(30));
      assertThat(end).isBefore(LocalDate.parse(view.getString("asOf")));
    }

    Expect.problem(api().get(compliance(kangda), huaxinStaff), 404);
    Expect.problem(api().get(compliance(huaxin), token("kangda.licensee")), 404);
  }

  @Test
  void theLicensorSideReadsAnyLicenseeAndAnUnknownOneIsNotFound() throws Exception {
    long kangda = LicensingApiIT.partner("KANGDA");
    for (String user : List.of("admin", "ntu.staff", "council")) {
      HttpResponse<String> r = api().get(compliance(kangda), token(user));
      assertThat(r.statusCode()).as(user + ": " + r.body()).isEqualTo(200);
      assertThat(Http.json(r).getJsonNumber("licenseeId").longValue()).isEqualTo(kangda);
    }
    Expect.problem(api().get(compliance(999_999_999L), token("admin")), 404);
    assertThat(api().get(compliance(kangda), token("coordinator")).statusCode()).isEqualTo(403);
  }

  @Test
  void anOverdueInvoiceAccruesInterestAndIsRemindedOnceInTheLicenseesLanguage() throws Exception {
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    long huaxin = LicensingApiIT.partner("HUAXIN");
    // an invoice of Huaxin's unpaid for more than 30 days past its due date
    String id =
        Database.string(
            "SELECT MIN(i.id) FROM lic_invoice i WHERE i.licensee_id = ? AND i.kind = 'INVOICE'"
                + " AND i.due_date < ? AND NOT EXISTS (SELECT 1 FROM lic_payment p"
                + " WHERE p.invoice_id = i.id)",
            huaxin,
            java.sql.Date.valueOf(today.minusDays(31)));
    assertThat(id).as("an overdue invoice of the demo").isNotNull();
    LocalDate due =
        LocalDate.parse(
            Database.string("SELECT due_date FROM lic_invoice WHERE id = ?", Long.parseLong(id)));
    String number =
        Database.string("SELECT invoice_no FROM lic_invoice WHERE id = ?", Long.parseLong(id));

    JsonObject view = Http.json(api().get(compliance(huaxin), token("admin")));
    assertThat(view.getJsonArray("interest").getValuesAs(JsonObject.class))
        .anySatisfy(
            i -> {
              assertThat(i.getJsonNumber("invoiceId").longValue()).isEqualTo(Long.parseLong(id));
              assertThat(i.getJsonNumber("daysOverdue").longValue())
                  .isEqualTo(ChronoUnit.DAYS.between(due, today));
              assertThat(i.getJsonNumber("accrued").bigDecimalValue()).isPositive();
            });

    // the run of the day 30 days after its due date: the 30-day stage, once
    String admin = token("admin");
    String language =
        Database.string(
            "SELECT language FROM core_user_account WHERE username = 'huaxin.licensee'");
    java.time.LocalDateTime started = java.time.LocalDateTime.now(ZoneOffset.UTC).minusSeconds(5);
    String run = "api/v1/licence-deals/compliance/reminders?today=" + due.plusDays(30);
    HttpResponse<String> first = api().postJson(run, admin, "{}");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    HttpResponse<String> second = api().postJson(run, admin, "{}");
    assertThat(Http.json(second).getInt("sent")).isZero();
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM lic_compliance_reminder WHERE subject = 'INVOICE'"
                    + " AND subject_key = ? AND days_after = 30",
                id))
        .isEqualTo("1");
    // once to huaxin.licensee, in the language of its account when it was sent (the demo's is
    // Chinese; the portal's language switch changes it), in English to the admins
    String chinese = "发票逾期：" + number;
    String english = "Invoice overdue: " + number;
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_mail_outbox WHERE recipient = ? AND subject IN (?, ?)",
                "huaxin.licensee@huaxin.example",
                chinese,
                english))
        .isEqualTo("1");
    String sentNow =
        Database.string(
            "SELECT subject FROM core_mail_outbox WHERE recipient = ? AND subject IN (?, ?)"
                + " AND created_at >= ?",
            "huaxin.licensee@huaxin.example",
            chinese,
            english,
            java.sql.Timestamp.valueOf(started));
    if (sentNow != null) {
      assertThat(sentNow).isEqualTo(language.startsWith("zh") ? chinese : english);
    }
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_mail_outbox WHERE recipient = ? AND subject = ?",
                "admin@ssijri.example",
                "Invoice overdue: " + number))
        .isNotEqualTo("0");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'INVOICE_REMINDED'"
                    + " AND summary LIKE ?",
                "invoice " + number + "%"))
        .isNotEqualTo("0");
  }

  /**
   * A fresh invoice of Huaxin's demo licence signed 2020-01-15 (its terms set late-payment interest
   * of 5 % a year): a report of a free quarter filed by huaxin.licensee and accepted by the admin,
   * its due date then moved 60 days back so that interest has accrued; as the admin reads it.
   */
  static JsonObject overdueInvoiceWithInterest(Http api) throws Exception {
    String admin = api.tokenFor("admin");
    long deal = InvoicesIT.dealOf("HUAXIN", "2020-01-15");
    LocalDate period;
    try {
      period = InvoicesIT.freePeriod(deal, "2020-01-15", 24);
    } catch (IllegalStateException seventhYearTaken) {
      period = InvoicesIT.freePeriod(deal, "2020-01-15", 4);
    }
    HttpResponse<String> filed =
        api.postJson(
            "api/v1/licence-deals/" + deal + "/royalty-reports",
            api.tokenFor("huaxin.licensee"),
            RoyaltyReportsIT.report(period, "100000.00", "0", null),
            java.util.UUID.randomUUID().toString());
    assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
    long report = Http.json(filed).getJsonNumber("id").longValue();
    HttpResponse<String> accepted =
        api.postJson("api/v1/royalty-reports/" + report + "/acceptance", admin, "{\"version\":1}");
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    long id =
        Http.json(accepted)
            .getJsonArray("invoices")
            .getJsonObject(0)
            .getJsonNumber("id")
            .longValue();
    Database.update(
        "UPDATE lic_invoice SET due_date = ? WHERE id = ?",
        java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(60)),
        id);
    return Http.json(api.get("api/v1/invoices/" + id, admin));
  }

  /** The code of a 409 problem: the message key naming why. */
  private static String conflictCode(HttpResponse<String> r) {
    return Expect.problem(r, 409).getJsonArray("violations").getJsonObject(0).getString("code");
  }

  private static String pdfText(byte[] pdf) throws java.io.IOException {
    try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
      return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
    }
  }

  /**
   * Decision 0109: an admin issues an interest invoice of the interest not yet invoiced on an
   * overdue invoice of the demo; the licensee reads it and its bilingual PDF, another licensee does
   * not find it; the same days are never charged twice; a payment against it is split between the
   * co-owners.
   */
  @Test
  void anAdminInvoicesTheAccruedInterestOnceAndItIsPaidAndSplitLikeAnyInvoice() throws Exception {
    long huaxin = LicensingApiIT.partner("HUAXIN");
    String admin = token("admin");
    String huaxinStaff = token("huaxin.licensee");
    JsonObject charged = overdueInvoiceWithInterest(api());
    long chargedId = charged.getJsonNumber("id").longValue();
    java.math.BigDecimal toInvoice =
        charged.getJsonNumber("interestNotYetInvoiced").bigDecimalValue();
    assertThat(charged.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains("ISSUE_INTEREST_INVOICE");
    String path = "api/v1/invoices/" + chargedId + "/interest-invoice";

    // an amount that is not what would be charged issues nothing; the licensee may not issue
    assertThat(conflictCode(api().postJson(path, admin, "{\"amount\":0.01}")))
        .isEqualTo("licensing.invoice.interestAmountChanged");
    Expect.problem(api().postJson(path, huaxinStaff, "{\"amount\":" + toInvoice + "}"), 403);
    Expect.problem(
        api().postJson(path, token("kangda.licensee"), "{\"amount\":" + toInvoice + "}"), 403);

    HttpResponse<String> issued = api().postJson(path, admin, "{\"amount\":" + toInvoice + "}");

    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    JsonObject interest = Http.json(issued);
    long interestId = interest.getJsonNumber("id").longValue();
    assertThat(interest.getString("kind")).isEqualTo("INTEREST");
    assertThat(interest.getString("number"))
        .startsWith("INT-" + LocalDate.now(ZoneOffset.UTC).getYear() + "-");
    assertThat(interest.getJsonNumber("amount").bigDecimalValue()).isEqualByComparingTo(toInvoice);
    assertThat(interest.getJsonNumber("interestOnInvoiceId").longValue()).isEqualTo(chargedId);
    assertThat(interest.getString("interestOnInvoiceNumber"))
        .isEqualTo(charged.getString("number"));
    assertThat(interest.getString("currency")).isEqualTo(charged.getString("currency"));
    assertThat(issued.headers().firstValue("Location")).get().asString().endsWith("/" + interestId);
    // charged up to today: nothing left until tomorrow, and never the same days twice
    JsonObject after = Http.json(api().get("api/v1/invoices/" + chargedId, huaxinStaff));
    assertThat(after.getJsonNumber("interestNotYetInvoiced").bigDecimalValue()).isZero();
    assertThat(after.getJsonNumber("interestInvoiced").bigDecimalValue())
        .isEqualByComparingTo(after.getJsonNumber("accruedInterest").bigDecimalValue());
    assertThat(conflictCode(api().postJson(path, admin, "{\"amount\":0}")))
        .isEqualTo("licensing.invoice.interestInvoicedToDate");
    assertThat(
            conflictCode(
                api()
                    .postJson(
                        "api/v1/invoices/" + interestId + "/interest-invoice",
                        admin,
                        "{\"amount\":0}")))
        .isEqualTo("licensing.invoice.interestOnInvoicesOnly");
    assertThat(
            Database.string(
                "SELECT COUNT(*) FROM core_audit_entry WHERE action = 'INTEREST_INVOICE_ISSUED'"
                    + " AND entity_id = ?",
                Long.toString(interestId)))
        .isEqualTo("1");

    // the licensee reads it, in the list with its kind, and its PDF in both languages and
    // currencies; another licensee does not find it
    JsonObject mine = Http.json(api().get("api/v1/invoices?limit=100", huaxinStaff));
    assertThat(mine.getJsonArray("items").getValuesAs(JsonObject.class))
        .anySatisfy(
            i -> {
              assertThat(i.getJsonNumber("id").longValue()).isEqualTo(interestId);
              assertThat(i.getString("kind")).isEqualTo("INTEREST");
            });
    HttpResponse<byte[]> pdf =
        api().download("api/v1/invoices/" + interestId + "?format=pdf", huaxinStaff);
    assertThat(pdf.statusCode()).isEqualTo(200);
    String text = pdfText(pdf.body());
    assertThat(text)
        .contains("Interest Invoice / 利息发票")
        .contains(interest.getString("number"))
        .contains(charged.getString("number"))
        .contains("逾期付款利息")
        .contains("Equivalent in SGD / 折合新加坡元")
        .contains("Equivalent in CNY / 折合人民币");
    Expect.problem(api().get("api/v1/invoices/" + interestId, token("kangda.licensee")), 404);

    // paid against it like any invoice: recorded as late-payment interest, split to the cent
    HttpResponse<String> paid =
        api()
            .postJson(
                "api/v1/invoices/" + interestId + "/payments",
                admin,
                "{\"receivedOn\":\""
                    + LocalDate.now(ZoneOffset.UTC)
                    + "\",\"amount\":"
                    + toInvoice
                    + "}");
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(201);
    JsonObject payment = Http.json(paid);
    assertThat(payment.getString("purpose")).isEqualTo("LATE_INTEREST");
    java.math.BigDecimal split = java.math.BigDecimal.ZERO;
    for (JsonObject line : payment.getJsonArray("distribution").getValuesAs(JsonObject.class)) {
      split = split.add(line.getJsonNumber("amount").bigDecimalValue());
    }
    assertThat(split).isEqualByComparingTo(toInvoice);
    JsonObject settled = Http.json(api().get("api/v1/invoices/" + interestId, huaxinStaff));
    assertThat(settled.getJsonNumber("outstanding").bigDecimalValue()).isZero();
    // the compliance page says what accrued, what was invoiced and what not yet
    JsonObject view = Http.json(api().get(compliance(huaxin), admin));
    assertThat(view.getJsonArray("interest").getValuesAs(JsonObject.class))
        .anySatisfy(
            i -> {
              assertThat(i.getJsonNumber("invoiceId").longValue()).isEqualTo(chargedId);
              assertThat(i.getJsonNumber("invoiced").bigDecimalValue())
                  .isEqualByComparingTo(after.getJsonNumber("interestInvoiced").bigDecimalValue());
              assertThat(i.getJsonNumber("notYetInvoiced").bigDecimalValue()).isZero();
            });
  }

  @Test
  void anInvalidDayForTheRemindersIsABadRequestNamingIt() throws Exception {
    Expect.problem(
        api()
            .postJson("api/v1/licence-deals/compliance/reminders?today=soon", token("admin"), "{}"),
        400);
  }

  private static int count(List<JsonObject> reports, String timeliness) {
    return (int) reports.stream().filter(r -> timeliness.equals(r.getString("timeliness"))).count();
  }
}
