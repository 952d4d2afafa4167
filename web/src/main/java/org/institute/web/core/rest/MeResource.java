package org.institute.web.core.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.AccountView;
import org.institute.core.Accounts;
import org.institute.core.ApiArea;
import org.institute.core.Caller;
import org.institute.core.CoreAccess;
import org.institute.core.CoreAction;
import org.institute.core.Role;
import org.institute.licensing.LicensingAccess;
import org.institute.licensing.LicensingAction;
import org.institute.partners.PartnerDirectory;
import org.institute.partners.PartnerSummary;
import org.institute.partners.PartnersAccess;
import org.institute.partners.PartnersAction;
import org.institute.records.RecordsAccess;
import org.institute.records.RecordsAction;
import org.institute.reporting.AnnualReports;
import org.institute.reporting.ReportingAction;
import org.institute.talent.Programmes;
import org.institute.talent.TalentAction;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.security.InApiArea;

@Path("me")
@RequestScoped
@InApiArea(ApiArea.ACCOUNT)
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
public class MeResource {

  public record PartnerRef(long id, String code, String name) {}

  public record Me(
      String username,
      String displayName,
      String email,
      List<String> roles,
      PartnerRef partner,
      String language) {}

  /**
   * What the caller may do, module by module: the same answers the portal's menu and pages show
   * (each module's one policy), for clients that adapt their screens.
   */
  public record Actions(
      Set<CoreAction> core,
      Set<PartnersAction> partners,
      Set<LicensingAction> licensing,
      Set<TalentAction> talent,
      Set<RecordsAction> records,
      Set<ReportingAction> reporting) {}

  @Inject private Caller caller;
  @Inject private CoreAccess coreAccess;
  @Inject private PartnersAccess partnersAccess;
  @Inject private LicensingAccess licensingAccess;
  @Inject private Programmes programmes;
  @Inject private RecordsAccess recordsAccess;
  @Inject private AnnualReports reports;
  @Inject private Accounts accounts;
  @Inject private PartnerDirectory partners;
  @Inject private org.institute.core.UserAdministration users;

  @GET
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.PARTNER_STAFF_NAME,
    Role.COORDINATOR_NAME,
    Role.COUNCIL_NAME,
    Role.AUDITOR_NAME,
    Role.LICENSEE_NAME
  })
  @Operation(summary = "The signed-in caller: username, roles, partner and language")
  public Me me() {
    AccountView account =
        accounts
            .find(caller.name())
            .orElseThrow(() -> new jakarta.ws.rs.NotAuthorizedException("Bearer"));
    PartnerRef partner =
        account.partner() == null
            ? null
            : partners.find(account.partner()).map(PartnerMapping::ref).orElse(null);
    return new Me(
        account.username(),
        account.displayName(),
        account.email(),
        account.roles().stream().map(Enum::name).sorted().toList(),
        partner,
        account.language());
  }

  @GET
  @Path("actions")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.PARTNER_STAFF_NAME,
    Role.COORDINATOR_NAME,
    Role.COUNCIL_NAME,
    Role.AUDITOR_NAME,
    Role.LICENSEE_NAME
  })
  @Operation(
      summary = "What the caller may do, module by module",
      description =
          "Each module's policy answers for the caller; the portal's menu shows exactly these. What"
              + " the caller may do to one record is on that record's view (allowedActions).")
  public Actions actions() {
    return new Actions(
        coreAccess.allowedActions(),
        partnersAccess.allowedActions(),
        licensingAccess.allowedActions(),
        programmes.allowedActions(),
        recordsAccess.allowedActions(),
        reports.allowedActions());
  }

  /** One's own new password (read with JsonFields; described for the contract). */
  public record PasswordChange(
      @Schema(required = true, maxLength = 1000) String currentPassword,
      @Schema(required = true, maxLength = 1000) String newPassword) {}

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("password")
  @SecurityRequirement(name = "bearer")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.PARTNER_STAFF_NAME,
    Role.COORDINATOR_NAME,
    Role.COUNCIL_NAME,
    Role.AUDITOR_NAME,
    Role.LICENSEE_NAME
  })
  @Operation(summary = "Change one's own password, proving the current one")
  @APIResponse(responseCode = "204", description = "The password is changed")
  public Response change(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = PasswordChange.class)))
          JsonStructure json) {
    JsonFields body = JsonFields.of(json, "currentPassword", "newPassword");
    String current = body.string("currentPassword", 1000);
    String next = body.string("newPassword", 1000);
    body.required("currentPassword", "newPassword");
    body.done();
    users.changeOwnPassword(current.toCharArray(), next.toCharArray());
    return Response.noContent().build();
  }

  /** One's own language (read with JsonFields; described for the contract). */
  public record LanguageChoice(
      @Schema(
              required = true,
              maxLength = 16,
              enumeration = {"en", "zh-CN"})
          String language) {}

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Path("language")
  @SecurityRequirement(name = "bearer")
  @RolesAllowed({
    Role.ADMIN_NAME,
    Role.PARTNER_STAFF_NAME,
    Role.COORDINATOR_NAME,
    Role.COUNCIL_NAME,
    Role.AUDITOR_NAME,
    Role.LICENSEE_NAME
  })
  @Operation(summary = "Set one's own portal language: {\"language\": \"en\" | \"zh-CN\"}")
  @APIResponse(responseCode = "204", description = "The language is saved")
  public Response language(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = LanguageChoice.class)))
          JsonStructure json) {
    JsonFields body = JsonFields.of(json, "language");
    String language = body.string("language", 16);
    body.required("language");
    body.done();
    accounts.changeLanguage(caller.name(), language);
    return Response.noContent().build();
  }

  static final class PartnerMapping {
    static PartnerRef ref(PartnerSummary p) {
      return new PartnerRef(p.id().value(), p.code(), p.nameEn());
    }
  }
}
