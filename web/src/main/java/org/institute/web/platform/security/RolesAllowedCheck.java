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
import org.institute.web.platform.problem.Problems;

/**
 * Enforces {@code @RolesAllowed} and {@code @PermitAll} on REST resources: 401 for anonymous
 * callers, 403 for signed-in callers without the role. An endpoint with neither annotation is
 * closed to everyone, so a forgotten annotation fails safe.
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
    context.register(new Check(roles == null ? new String[0] : roles.value()));
  }

  @Priority(Priorities.AUTHORIZATION)
  private static final class Check implements ContainerRequestFilter {
    private final String[] roles;

    private Check(String[] roles) {
      this.roles = roles;
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
      }
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
