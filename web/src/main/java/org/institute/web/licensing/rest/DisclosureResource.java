package org.institute.web.licensing.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.institute.core.InvalidCommandException;
import org.institute.core.RecordNotFoundException;
import org.institute.core.Role;
import org.institute.licensing.Acceptance;
import org.institute.licensing.DisclosurePage;
import org.institute.licensing.DisclosureState;
import org.institute.licensing.DisclosureView;
import org.institute.licensing.Disclosures;
import org.institute.licensing.NewDisclosure;
import org.institute.web.platform.idempotency.Idempotent;
import org.institute.web.platform.rest.ListPages;
import org.institute.web.platform.rest.QueryParams;

/** Invention disclosures and the IP office's review. */
@Path("disclosures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RolesAllowed({Role.ADMIN_NAME, Role.PARTNER_STAFF_NAME, Role.COUNCIL_NAME, Role.AUDITOR_NAME})
public class DisclosureResource {

  @Inject private Disclosures disclosures;
  @Context private UriInfo uri;

  @GET
  @Operation(summary = "Disclosures in the caller's scope, newest first, filtered by state")
  @APIResponseSchema(
      value = org.institute.licensing.DisclosureView.class,
      responseDescription = "A page of disclosures")
  public Response list(
      @QueryParam("state") String state,
      @QueryParam("q") String text,
      @QueryParam("sort") String sort,
      @QueryParam("cursor") String cursor,
      @QueryParam("count") String count,
      @QueryParam("offset") String offset,
      @QueryParam("limit") String limit) {
    DisclosureState inState = QueryParams.enumValue("state", state, DisclosureState.class);
    ListPages.Positional paging = ListPages.positional(cursor, offset, limit, count, sort, 50);
    if (paging.deprecated()) {
      // the old answer: a bare array, as before
      return ListPages.deprecated(disclosures.list(inState, paging.offset(), paging.limit()));
    }
    DisclosurePage page = disclosures.search(inState, text, sort, paging.offset(), paging.limit());
    return paging.answer(page.disclosures(), page.total(), () -> page);
  }

  @POST
  @Idempotent
  @Operation(summary = "Submit a disclosure (inventors' contributions sum to exactly 100)")
  @APIResponseSchema(
      value = org.institute.licensing.DisclosureView.class,
      responseCode = "201",
      responseDescription = "The disclosure")
  public Response submit(NewDisclosure disclosure) {
    if (disclosure == null) {
      throw InvalidCommandException.of(null, "request.bodyRequired");
    }
    DisclosureView view = disclosures.submit(disclosure);
    return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build())
        .entity(view)
        .build();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A disclosure and its review")
  public DisclosureView get(@PathParam("id") long id) {
    return disclosures.find(id).orElseThrow(() -> new RecordNotFoundException("disclosure " + id));
  }

  @PUT
  @Path("{id}")
  @Operation(summary = "Resubmit a disclosure that was sent back for changes")
  public DisclosureView revise(@PathParam("id") long id, NewDisclosure disclosure) {
    return disclosures.revise(id, disclosure);
  }

  @POST
  @Path("{id}/accept")
  @Idempotent
  @Operation(
      summary = "Accept (IP office): creates the patent family owned by the inventors' partners")
  public DisclosureView accept(@PathParam("id") long id, Acceptance acceptance) {
    return disclosures.accept(id, acceptance);
  }

  @POST
  @Path("{id}/request-changes")
  @Idempotent
  @Operation(summary = "Send back for changes (IP office), with a reason in 'comment'")
  public DisclosureView requestChanges(@PathParam("id") long id, LicenceDealResource.Comment body) {
    return disclosures.requestChanges(id, body == null ? null : body.comment());
  }

  @POST
  @Path("{id}/decline")
  @Idempotent
  @Operation(summary = "Decline (IP office), with a reason in 'comment'")
  public DisclosureView decline(@PathParam("id") long id, LicenceDealResource.Comment body) {
    return disclosures.decline(id, body == null ? null : body.comment());
  }
}
