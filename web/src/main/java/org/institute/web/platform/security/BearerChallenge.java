package org.institute.web.platform.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Every 401 of the API names the scheme to use (RFC 6750), whichever filter, mapper or resource
 * produced it.
 */
@Provider
public class BearerChallenge implements ContainerResponseFilter {
  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (response.getStatus() == 401 && !response.getHeaders().containsKey("WWW-Authenticate")) {
      response.getHeaders().add("WWW-Authenticate", "Bearer");
    }
  }
}
