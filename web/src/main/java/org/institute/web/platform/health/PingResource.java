package org.institute.web.platform.health;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The cheapest answer the API can give: no database, no caller. The benchmark's HTTP ceiling
 * (scripts/bench.sh, issue 8) is measured against it; /health/ready would also time the database.
 */
@Path("ping")
@ApplicationScoped
public class PingResource {

  @GET
  @PermitAll
  @Produces(MediaType.TEXT_PLAIN)
  @Operation(summary = "Answers 'pong' without touching the database")
  public String ping() {
    return "pong";
  }
}
