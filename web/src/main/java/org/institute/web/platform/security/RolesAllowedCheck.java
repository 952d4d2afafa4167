package org.institute.web.platform.security;

import jakarta.annotation.Priority;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.institute.core.AccessTokens;
import org.institute.core.ApiArea;
import org.institute.core.ApiScope;
import org.institute.web.platform.problem.Problems;

/**
 * Enforces {@code @RolesAllowed} and {@code @PermitAll} on REST resources: 401 for anonymous
 * callers, 403 for signed-in callers without the role, and 403 for a personal access token whose
 * scopes do not cover the operation ({@link ApiScope#permits}; the resource's area from {@link
 * ApiAreas}, reads by the HTTP method). An endpoint with neither annotation is closed to everyone,
 * so a forgotten annotation fails safe.
 */
@Provider
public class RolesAllowedCheck implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resource, FeatureContext context) {
    Method method = resource.getResourceMethod();
    Class<?> type = resource.getResourceClass();
    if (method.isAnnotationPresent(PermitAll.class)) {
      return;
    }
    RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
    if (roles == null && !method.isAnnotationPresent(jakarta.annotation.security.DenyAll.class)) {
      if (type.isAnnotationPresent(PermitAll.class)) {
        return;
      }
      roles = type.getAnnotation(RolesAllowed.class);
    }
    context.register(
        new Check(roles == null ? new String[0] : roles.value(), ApiAreas.of(type).orElse(null)));
  }

  @Priority(Priorities.AUTHORIZATION)
  private static final class Check implements ContainerRequestFilter {
    private final String[] roles;
    private final ApiArea area;

    private Check(String[] roles, ApiArea area) {
      this.roles = roles;
      this.area = area;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      SecurityContext security = request.getSecurityContext();
      if (security.getUserPrincipal() == null) {
        request.abortWith(unauthorized());
        return;
      }
      if (Arrays.stream(roles).noneMatch(security::isUserInRole)) {
        request.abortWith(
            Problems.response(403, "Forbidden", "Your role does not allow this request."));
        return;
      }
      if (request.getProperty(InstituteAuthenticationMechanism.ACCESS_TOKEN_GRANT)
              instanceof AccessTokens.Grant grant
          && (area == null
              || !ApiScope.permits(grant.scopes(), area, ApiAreas.writes(request.getMethod())))) {
        request.abortWith(Problems.response(403, "Forbidden", scopeRefusal(request.getMethod())));
      }
    }

    /** Names the scope the operation needs, so that the integrator knows what to ask for. */
    private String scopeRefusal(String method) {
      if (area == null || area == ApiArea.TOKENS) {
        return "An access token cannot be used for this request: sign in with a password.";
      }
      if (area == ApiArea.ACCOUNT) {
        return "An access token may read its user's account but not change it.";
      }
      boolean write = ApiAreas.writes(method);
      String scope = area.name().toLowerCase(java.util.Locale.ROOT) + (write ? ":write" : ":read");
      return "The access token's scopes do not allow this request: it needs the scope "
          + scope
          + (write ? "." : " or " + scope.replace(":read", ":write") + ".");
    }

    private static jakarta.ws.rs.core.Response unauthorized() {
      return jakarta.ws.rs.core.Response.fromResponse(
              Problems.response(
                  401,
                  "Unauthorized",
                  "Sign in first: send a bearer token from /api/v1/auth/token."))
          .header("WWW-Authenticate", "Bearer")
          .build();
    }
  }
}
