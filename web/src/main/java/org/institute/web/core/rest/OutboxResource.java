package org.institute.web.core.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.MailOutbox;
import org.institute.core.Role;
import org.institute.web.platform.rest.QueryParams;

@Path("mail/outbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.ADMIN_NAME)
public class OutboxResource {

  public record OutboxPage(
      boolean deliveryConfigured, long total, List<MailOutbox.Message> messages) {}

  @Inject private MailOutbox outbox;

  @GET
  @Operation(summary = "Outgoing e-mail, newest first: sent, waiting, or kept without SMTP")
  public OutboxPage latest(@QueryParam("offset") String offset, @QueryParam("limit") String limit) {
    return new OutboxPage(
        outbox.deliveryConfigured(),
        outbox.count(),
        outbox.latest(QueryParams.offset(offset), QueryParams.limit(limit, 50, 500)));
  }
}
