package org.chantilly.platform.organisation;

import java.util.List;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators keep branches and staff. Nothing is deleted: it is deactivated. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration", description = "Branches and staff")
@APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
public class OrganisationResource {

    @Inject
    OrganisationService organisation;

    @Inject
    InputValidator validator;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    @GET
    @Path("branches")
    @Operation(operationId = "listBranches", summary = "Every branch, active or not")
    @APIResponse(responseCode = "200", description = "The branches",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = BranchForm.class)))
    public List<BranchForm> branches() {
        return organisation.branches().stream().map(BranchForm::of).toList();
    }

    @POST
    @Path("branches")
    @Operation(operationId = "createBranch", summary = "Open a branch")
    @APIResponse(responseCode = "201", description = "Opened; Location names the branch",
            headers = @Header(name = "Location", description = "The branch's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BranchForm.class)))
    @APIResponse(responseCode = "409", description = "A branch with that code exists already (`conflict`)")
    public Response createBranch(BranchForm form) {
        BranchInfo branch = organisation.createBranch(validator.check(form), actor());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(branch.code()).build())
                .entity(BranchForm.of(branch)).build();
    }

    @GET
    @Path("branches/{code}")
    @Operation(operationId = "getBranch", summary = "One branch")
    @APIResponse(responseCode = "200", description = "The branch",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BranchForm.class)))
    public BranchForm branch(@PathParam("code") String code) {
        return organisation.branch(code).map(BranchForm::of).orElseThrow(
                () -> new org.chantilly.platform.api.ResourceNotFoundException(
                        org.chantilly.platform.api.PlatformMessage.BRANCH_NOT_FOUND));
    }

    @PUT
    @Path("branches/{code}")
    @Operation(operationId = "updateBranch", summary = "Change a branch's details, calendar and region")
    @APIResponse(responseCode = "200", description = "The branch as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BranchForm.class)))
    public BranchForm updateBranch(@PathParam("code") String code, BranchForm form) {
        return BranchForm.of(organisation.updateBranch(code, validator.check(form), actor()));
    }

    @POST
    @Path("branches/{code}/deactivate")
    @Operation(operationId = "deactivateBranch", summary = "Close a branch; its complaints keep referring to it")
    @APIResponse(responseCode = "200", description = "The branch, inactive",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BranchForm.class)))
    public BranchForm deactivateBranch(@PathParam("code") String code) {
        return BranchForm.of(organisation.deactivateBranch(code, actor()));
    }

    @GET
    @Path("staff")
    @Operation(operationId = "listStaff", summary = "Every employee, active or not")
    @APIResponse(responseCode = "200", description = "The employees",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = StaffInfo.class)))
    public List<StaffInfo> staff() {
        return organisation.allStaff();
    }

    @POST
    @Path("staff")
    @Operation(operationId = "createStaff", summary = "Add an employee and their account",
            description = "The initial password must pass the password policy. The employee must change it before "
                    + "anything else: until then every call of the account but POST /api/account/password answers 403 "
                    + "`password-change-required`.")
    @APIResponse(responseCode = "201", description = "Added; Location names the employee",
            headers = @Header(name = "Location", description = "The employee's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffInfo.class)))
    @APIResponse(responseCode = "409", description = "The login is taken (`conflict`)")
    public Response createStaff(StaffForm form) {
        StaffInfo staff = organisation.createStaff(validator.check(form), actor());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(staff.login()).build()).entity(staff).build();
    }

    @PUT
    @Path("staff/{login}")
    @Operation(operationId = "updateStaff", summary = "Change an employee's name, role, branch, region or language")
    @APIResponse(responseCode = "200", description = "The employee as they are now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffInfo.class)))
    public StaffInfo updateStaff(@PathParam("login") String login, StaffForm form) {
        return organisation.updateStaff(login, validator.check(form), actor());
    }

    @POST
    @Path("staff/{login}/deactivate")
    @Operation(operationId = "deactivateStaff", summary = "Deactivate an employee: they can no longer log in")
    @APIResponse(responseCode = "200", description = "The employee, inactive",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffInfo.class)))
    public StaffInfo deactivateStaff(@PathParam("login") String login) {
        return organisation.deactivateStaff(login, actor());
    }

    @POST
    @Path("staff/{login}/password")
    @Operation(operationId = "resetPassword", summary = "Give an employee a new password",
            description = "The password must pass the password policy; it also lifts a lock after failed logins. The "
                    + "employee must change it before anything else (403 `password-change-required` until then).")
    @APIResponse(responseCode = "200", description = "The employee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StaffInfo.class)))
    public StaffInfo resetPassword(@PathParam("login") String login, PasswordReset reset) {
        return organisation.resetPassword(login, validator.check(reset).password(), actor());
    }

    /** The administrator's new password for an employee. */
    public record PasswordReset(@jakarta.validation.constraints.NotNull String password) {
    }

    private String actor() {
        return security.getUserPrincipal().getName();
    }
}
