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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administrators keep branches and staff. Nothing is deleted: it is deactivated. */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Administration", description = "Branches and staff")
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
    @Operation(summary = "Every branch, active or not")
    public List<BranchInfo> branches() {
        return organisation.branches();
    }

    @POST
    @Path("branches")
    @Operation(summary = "Open a branch")
    public Response createBranch(BranchForm form) {
        BranchInfo branch = organisation.createBranch(validator.check(form), actor());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(branch.code()).build()).entity(branch).build();
    }

    @GET
    @Path("branches/{code}")
    @Operation(summary = "One branch")
    public BranchInfo branch(@PathParam("code") String code) {
        return organisation.branch(code).orElseThrow(
                () -> new org.chantilly.platform.api.ResourceNotFoundException("There is no branch with that code."));
    }

    @PUT
    @Path("branches/{code}")
    @Operation(summary = "Change a branch's details, calendar and region")
    public BranchInfo updateBranch(@PathParam("code") String code, BranchForm form) {
        return organisation.updateBranch(code, validator.check(form), actor());
    }

    @POST
    @Path("branches/{code}/deactivate")
    @Operation(summary = "Close a branch; its complaints keep referring to it")
    public BranchInfo deactivateBranch(@PathParam("code") String code) {
        return organisation.deactivateBranch(code, actor());
    }

    @GET
    @Path("staff")
    @Operation(summary = "Every employee, active or not")
    public List<StaffInfo> staff() {
        return organisation.allStaff();
    }

    @POST
    @Path("staff")
    @Operation(summary = "Add an employee and their account")
    public Response createStaff(StaffForm form) {
        StaffInfo staff = organisation.createStaff(validator.check(form), actor());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(staff.login()).build()).entity(staff).build();
    }

    @PUT
    @Path("staff/{login}")
    @Operation(summary = "Change an employee's name, role, branch, region or language")
    public StaffInfo updateStaff(@PathParam("login") String login, StaffForm form) {
        return organisation.updateStaff(login, validator.check(form), actor());
    }

    @POST
    @Path("staff/{login}/deactivate")
    @Operation(summary = "Deactivate an employee: they can no longer log in")
    public StaffInfo deactivateStaff(@PathParam("login") String login) {
        return organisation.deactivateStaff(login, actor());
    }

    @POST
    @Path("staff/{login}/password")
    @Operation(summary = "Give an employee a new password",
            description = "The password must pass the password policy; it also lifts a lock after failed logins.")
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
