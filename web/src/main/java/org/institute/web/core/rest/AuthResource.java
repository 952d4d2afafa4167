package org.institute.web.core.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.institute.core.Accounts;
import org.institute.core.ApiArea;
import org.institute.core.InvalidCommandException;
import org.institute.core.SignInResult;
import org.institute.core.Violation;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.problem.Problems;
import org.institute.web.platform.security.AdminMfaPolicy;
import org.institute.web.platform.security.InApiArea;
import org.institute.web.platform.security.SignInThrottle;
import org.institute.web.platform.security.TokenService;

@Path("auth")
@RequestScoped
@InApiArea(ApiArea.ACCOUNT)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

  /** {@code otp}: the authenticator app's current code, for an account with two-step sign-in. */
  public record Credentials(String username, String password, String otp) {}

  public record Token(String access_token, String token_type, long expires_in) {}

  @Inject private Accounts accounts;
  @Inject private org.institute.core.UserAdministration users;
  @Inject private TokenService tokens;
  @Inject private SignInThrottle throttle;
  @Inject private AdminMfaPolicy adminMfa;
  @Context private HttpServletRequest request;

  @POST
  @Path("token")
  @PermitAll
  @Operation(
      summary =
          "Exchange a username and password (and the one-time code `otp` of an account with"
              + " two-step sign-in) for a bearer token")
  @APIResponse(responseCode = "200", description = "a signed JWT")
  @APIResponse(
      responseCode = "401",
      description = "wrong credentials, locked account, or a one-time code needed or wrong")
  @APIResponse(
      responseCode = "429",
      description = "too many failed sign-ins from this client address")
  @APIResponseSchema(
      value = AuthResource.Token.class,
      responseCode = "200",
      responseDescription = "A sign-in token")
  public Response token(Credentials credentials) {
    if (credentials == null
        || credentials.username() == null
        || credentials.username().isBlank()
        || credentials.password() == null
        || credentials.password().isEmpty()) {
      throw new InvalidCommandException(
          java.util.List.of(
              new Violation("username", "auth.username.required"),
              new Violation("password", "auth.password.required")));
    }
    Optional<String> address = throttle.clientAddress(request);
    Optional<Duration> wait = throttle.refusal(address);
    if (wait.isPresent()) {
      long seconds = SignInThrottle.retryAfterSeconds(wait.get());
      return Response.fromResponse(
              Problems.response(
                  429,
                  "Too many failed sign-ins",
                  "Too many failed sign-ins from this address. Try again in "
                      + seconds
                      + " seconds."))
          .header("Retry-After", seconds)
          .build();
    }
    boolean codeGiven = credentials.otp() != null && !credentials.otp().isBlank();
    if (codeGiven && credentials.otp().length() > 20) {
      throw InvalidCommandException.of("otp", "auth.otp.invalid");
    }
    SignInResult result =
        accounts.signIn(
            credentials.username(), credentials.password().toCharArray(), credentials.otp());
    if (result.codeRequired()) {
      if (codeGiven) {
        throttle.failed(address);
      }
      return Response.fromResponse(
              Problems.response(
                  401,
                  "One-time code needed",
                  codeGiven
                      ? "The one-time code is wrong or was used already. Send the current code of"
                          + " the authenticator app in the field otp."
                      : "This account uses two-step sign-in: send the current code of the"
                          + " authenticator app in the field otp."))
          .header("WWW-Authenticate", "Bearer")
          .build();
    }
    if (result.accepted() && adminMfa.mustEnrol(result.account())) {
      return Response.fromResponse(
              Problems.response(
                  403,
                  "Two-step sign-in required",
                  "Admin accounts must set up two-step sign-in first, on the portal's account page."))
          .build();
    }
    if (!result.accepted()) {
      throttle.failed(address);
      return Response.fromResponse(
              Problems.response(
                  401,
                  "Sign-in failed",
                  "Wrong username or password. After 5 failed attempts an account is locked for"
                      + " 15 minutes."))
          .header("WWW-Authenticate", "Bearer")
          .build();
    }
    return Response.ok(
            new Token(tokens.issue(result.account()), "Bearer", tokens.lifetime().toSeconds()))
        .build();
  }

  /** A new password with the token of an e-mailed link (read with JsonFields). */
  public record PasswordWithToken(
      @Schema(required = true, maxLength = 200) String token,
      @Schema(required = true, maxLength = 1000) String password) {}

  @POST
  @Path("password")
  @PermitAll
  @Operation(summary = "Choose a password with the token of an e-mailed invitation or reset link")
  @APIResponse(responseCode = "204", description = "The password is set")
  public Response setWithToken(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = PasswordWithToken.class)))
          JsonStructure json) {
    JsonFields body = JsonFields.of(json, "token", "password");
    String token = body.string("token", 200);
    String password = body.string("password", 1000);
    body.required("token", "password");
    body.done();
    users.setPasswordWithToken(token, password.toCharArray());
    return Response.noContent().build();
  }
}
