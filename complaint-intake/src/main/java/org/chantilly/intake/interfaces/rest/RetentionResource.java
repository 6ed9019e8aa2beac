package org.chantilly.intake.interfaces.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.chantilly.intake.api.Retention;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The retention rule for closed complaints, applied now by an administrator (the scheduled job applies it regularly). */
@Path("admin/retention")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "Erasure requests and retention")
public class RetentionResource {

    @Inject
    Retention retention;

    @Inject
    InputValidator validator;

    /** Only one branch's complaints, if given. */
    @Schema(name = "RetentionRunRequest")
    public record RetentionForm(@Schema(example = "HAM", pattern = "^[A-Z]{2,6}$") String branch) {
    }

    /** What a retention run did. */
    @Schema(name = "RetentionRun")
    public record RetentionResult(int anonymised, Instant closedBefore, String period, List<String> references) {
    }

    @POST
    @Path("run")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "runRetention", summary = "Apply the retention rule now",
            description = "Anonymises every complaint closed longer ago than chantilly.retention.closed-complaints "
                    + "(optionally only of one branch), as the scheduled job does.")
    @RequestBody(required = false, description = "Only one branch's complaints; without a body every branch's",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionForm.class)))
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "200", description = "How many complaints were anonymised, and which",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RetentionResult.class)))
    public RetentionResult runRetention(RetentionForm form) {
        RetentionForm checked = validator.checkOptional(form);
        String branch = checked == null ? null : checked.branch();
        if (branch != null && !branch.matches("[A-Z]{2,6}")) {
            throw new InvalidInputException("branch", PlatformMessage.BRANCH_CODE);
        }
        Retention.Run run = retention.runNow(branch);
        return new RetentionResult(run.anonymised(), run.closedBefore(), run.period(), run.references());
    }
}
