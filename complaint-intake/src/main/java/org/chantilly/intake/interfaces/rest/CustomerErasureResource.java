package org.chantilly.intake.interfaces.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.chantilly.intake.api.CustomerErasure;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A customer's erasure request (GDPR article 17). Data protection is chain-wide, so head office and administrators
 * carry it out, for every branch.
 */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "Erasure requests and retention")
public class CustomerErasureResource {

    @Inject
    CustomerErasure erasure;

    @Inject
    InputValidator validator;

    @Context
    SecurityContext security;

    /**
     * Who the request is about: at least one of the three.
     */
    @Schema(name = "ErasureRequest", description = "The customer: by email, phone, or one of their complaints")
    public record ErasureForm(@Schema(example = "anna@example.org") String email,
                              @Schema(example = "+49 40 1234567") String phone,
                              @Schema(example = "HAM-2026-000001") String reference) {
    }

    /** What an erasure did. */
    @Schema(name = "Erasure", requiredProperties = {"references"})
    public record ErasureResult(List<String> references, String pseudonym) {
    }

    @POST
    @Path("erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.HEAD_OFFICE, Roles.ADMIN})
    @Operation(operationId = "eraseCustomer", summary = "Erase a customer's personal data",
            description = "Replaces the personal data of the customer on all their complaints (same email or phone; "
                    + "with a reference: that complaint and those sharing its email or phone) by a pseudonym, in one "
                    + "transaction. The complaints keep their facts. A repeated request erases nothing more and answers "
                    + "an empty list.")
    @APIResponse(responseCode = "200", description = "The complaints erased now and the pseudonym (empty when nothing was left)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ErasureResult.class)))
    @APIResponse(responseCode = "400", description = "No field given, or one is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "409", description = "Someone else changed the customer's complaints at the same moment; "
            + "send it again (`conflict`)")
    @APIResponse(responseCode = "404", description = "The reference names no complaint (`not-found`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ErasureResult erase(ErasureForm form) {
        ErasureForm checked = validator.checkOptional(form);
        ErasureForm given = checked == null ? new ErasureForm(null, null, null) : checked;
        String caller = Caller.of(security).username();
        // safe to repeat: a complaint a job changed at the same moment is erased on the next attempt
        CustomerErasure.Erasure done = ConcurrentChange.retrying(() -> erasure.erase(
                new CustomerErasure.ErasureRequest(given.email(), given.phone(), given.reference()), caller));
        return new ErasureResult(done.references(), done.pseudonym());
    }
}
