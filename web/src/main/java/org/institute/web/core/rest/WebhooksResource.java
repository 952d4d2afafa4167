package org.institute.web.core.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonStructure;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.Role;
import org.institute.core.WebhookEventType;
import org.institute.core.Webhooks;
import org.institute.web.platform.json.JsonFields;
import org.institute.web.platform.rest.QueryParams;

/** Webhook endpoints and their delivery log, for admins (issue 17). */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed(Role.ADMIN_NAME)
public class WebhooksResource {

  /** The event types an endpoint can ask for, by their wire names. */
  public record EventTypes(List<String> items) {}

  @Inject private Webhooks webhooks;

  @GET
  @Operation(summary = "Registered webhook endpoints, newest first (secrets are never shown)")
  public List<Webhooks.Endpoint> list() {
    return webhooks.endpoints();
  }

  @GET
  @Path("event-types")
  @Operation(summary = "The event types an endpoint can be told about")
  public EventTypes eventTypes() {
    return new EventTypes(
        EnumSet.allOf(WebhookEventType.class).stream().map(WebhookEventType::wireName).toList());
  }

  /** A new endpoint (read with JsonFields; described for the contract). */
  public record WebhookBody(
      @Schema(required = true, maxLength = 500, example = "https://example.org/hooks/institute")
          String url,
      @Schema(maxLength = 200) String description,
      @Schema(
              required = true,
              description = "Event types, as GET /api/v1/webhooks/event-types names them")
          List<String> eventTypes) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "Register an endpoint: url (https, or http on the loopback interface),"
              + " description, eventTypes",
      description =
          "The answer carries the endpoint's signing secret, shown this once. Deliveries carry"
              + " webhook-id, webhook-timestamp and webhook-signature headers (Standard Webhooks:"
              + " v1, HMAC-SHA256 of id.timestamp.body with the secret's base64 key).")
  @APIResponseSchema(
      value = org.institute.core.Webhooks.Registered.class,
      responseCode = "201",
      responseDescription = "The endpoint, with its signing secret shown this once")
  public Response register(
      @RequestBody(
              required = true,
              content =
                  @Content(
                      mediaType = "application/json",
                      schema = @Schema(implementation = WebhookBody.class)))
          JsonStructure json,
      @Context UriInfo uri) {
    JsonFields body = JsonFields.of(json, "url", "description", "eventTypes");
    body.required("url", "eventTypes");
    String url = body.string("url", 500);
    String description = body.string("description", 200);
    List<String> names = body.strings("eventTypes", 20, 64);
    Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
    List<String> unknown = new ArrayList<>();
    if (names != null) {
      for (String name : names) {
        WebhookEventType.parse(name).ifPresentOrElse(types::add, () -> unknown.add(name));
      }
    }
    body.done();
    // an unknown event type is refused by the endpoint's own check, with the other fields' problems
    Webhooks.Registered registered =
        webhooks.register(new Webhooks.NewWebhook(url, description, types, unknown));
    return Response.created(
            uri.getAbsolutePathBuilder().path(Long.toString(registered.endpoint().id())).build())
        .entity(registered)
        .build();
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Disable an endpoint: no new deliveries; its log is kept")
  @APIResponse(responseCode = "204", description = "The endpoint is disabled")
  public Response disable(@PathParam("id") String id) {
    webhooks.disable(QueryParams.pathId(id, "webhook"));
    return Response.noContent().build();
  }

  @GET
  @Path("deliveries")
  @Operation(summary = "The latest deliveries of every endpoint, or of one (?endpoint=id)")
  public List<Webhooks.Delivery> deliveries(
      @QueryParam("endpoint") String endpoint, @QueryParam("limit") String limit) {
    return webhooks.deliveries(
        QueryParams.id("endpoint", endpoint), QueryParams.limit(limit, 50, 500));
  }

  @POST
  @Path("deliveries/{id}/send-again")
  @Operation(summary = "Send a delivery again now, whatever its state")
  public Webhooks.Delivery sendAgain(@PathParam("id") String id) {
    return webhooks.sendAgain(QueryParams.pathId(id, "webhook"));
  }
}
