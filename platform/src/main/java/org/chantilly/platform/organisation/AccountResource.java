package org.chantilly.platform.organisation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.OwnPassword;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own account: every employee changes their own password here. It is the one call an account whose
 * password an administrator set may make until it has changed it.
 */
@Path("account")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.HANDBOOK_OWNER,
        Roles.AUDITOR, Roles.ADMIN, Roles.METRICS})
@Tag(name = "Account", description = "The caller's own account")
public class AccountResource {

    @Inject
    OwnPassword passwords;

    @Inject
    InputValidator validator;

    @Context
    SecurityContext security;

    /** The current password and the new one. */
    public record PasswordChange(@Schema(required = true) @NotNull String currentPassword,
                                 @Schema(required = true) @NotNull String newPassword) {
    }

    @POST
    @Path("password")
    @Operation(operationId = "changeOwnPassword", summary = "Change your own password",
            description = "The current password is checked like a login: a wrong one counts as a failed login of the "
                    + "account. The new one must pass the password policy and differ from the current one. Afterwards "
                    + "the account's other sessions end, and a password change an administrator required is done: "
                    + "until then, this is the only call the account may make (every other answers 403 "
                    + "`password-change-required`).")
    @APIResponse(responseCode = "204", description = "Changed; log in with the new password from now on")
    @APIResponse(responseCode = "400", description = "The current password is missing or wrong, or the new one is "
            + "refused by the password policy (`validation`, naming `currentPassword` or `newPassword`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response changePassword(PasswordChange change) {
        PasswordChange checked = validator.check(change);
        passwords.change(Caller.of(security), checked.currentPassword(), checked.newPassword());
        return Response.noContent().build();
    }
}
