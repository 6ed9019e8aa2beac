package org.chantilly.handbook.interfaces.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.SecurityContext;

import org.chantilly.handbook.api.Handbook;
import org.chantilly.handbook.api.HandbookMessage;
import org.chantilly.handbook.api.HandbookViews.Comparison;
import org.chantilly.handbook.api.HandbookViews.SignatureStatus;
import org.chantilly.handbook.api.HandbookViews.SignatureView;
import org.chantilly.handbook.api.HandbookViews.SupplementView;
import org.chantilly.handbook.api.HandbookViews.VersionSummary;
import org.chantilly.handbook.api.HandbookViews.VersionView;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.RequiredText;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.api.Credentials;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.PlainText;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The handbook: every employee reads and signs the version in force; the handbook owner writes drafts and submits them
 * (approval is a task of the publication process, see {@code /api/tasks}); supervisors see their branch's signatures;
 * auditors read everything.
 */
@Path("handbook")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.HANDBOOK_OWNER,
        Roles.AUDITOR, Roles.ADMIN})
// every role but METRICS reads the handbook; the operations for fewer roles say so again
@APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
@Tag(name = "Handbook", description = "The versioned customer-service handbook, its policy values and signatures")
public class HandbookResource {

    @Inject
    Handbook handbook;

    @Inject
    Organisation organisation;

    @Inject
    Credentials credentials;

    @Inject
    InputValidator validator;

    @Context
    SecurityContext security;

    @GET
    @Path("versions")
    @Operation(operationId = "listHandbookVersions", summary = "Every version: drafts, in review and published, which one is in force")
    @APIResponse(responseCode = "200", description = "The versions, oldest first",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = VersionSummary.class)))
    public List<VersionSummary> versions() {
        return handbook.versions();
    }

    @GET
    @Path("in-force")
    @Operation(operationId = "getHandbookInForce", summary = "The version in force, with its sections and policy values")
    @APIResponse(responseCode = "200", description = "The version in force",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    public VersionView inForce() {
        return handbook.inForce();
    }

    @GET
    @Path("versions/{number}")
    @Operation(operationId = "getHandbookVersion", summary = "A version with its sections (five languages) and policy values")
    @APIResponse(responseCode = "200", description = "The version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView version(@PathParam("number") int number) {
        return handbook.version(number).orElseThrow(() -> new ResourceNotFoundException(HandbookMessage.NO_SUCH_VERSION));
    }

    @GET
    @Path("versions/{number}/export")
    @Produces({MediaType.TEXT_HTML + ";charset=UTF-8", MediaType.APPLICATION_JSON})
    @Operation(operationId = "exportHandbookVersion", summary = "A version for printing (format=html, in a language) or for other systems (format=json)")
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "html to print (the default), json for other systems",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"html", "json"}, defaultValue = "html"))
    @Parameter(name = "language", in = ParameterIn.QUERY, description = "The language of the printed version, e.g. de",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The version, as a page to print or as JSON",
            content = {
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class))})
    @APIResponse(responseCode = "400", description = "format is neither html nor json (`validation`)")
    public Response export(@PathParam("number") int number, @QueryParam("format") String format,
                           @QueryParam("language") String language) {
        if (format == null || format.equals("html")) {
            return Response.ok(handbook.exportHtml(number, language), MediaType.TEXT_HTML + ";charset=UTF-8").build();
        }
        if (format.equals("json")) {
            return Response.ok(version(number), MediaType.APPLICATION_JSON).build();
        }
        throw new InvalidInputException("format", HandbookMessage.FORMAT);
    }

    @GET
    @Path("versions/{from}/compare/{to}")
    @Operation(operationId = "compareHandbookVersions", summary = "What changed between two versions: section texts, wordings, handling advice and the phrase guide by language, and policy values")
    @APIResponse(responseCode = "200", description = "What changed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Comparison.class)))
    public Comparison compare(@PathParam("from") int from, @PathParam("to") int to) {
        return handbook.compare(from, to);
    }

    @POST
    @Path("versions")
    @RolesAllowed(Roles.HANDBOOK_OWNER)
    @Operation(operationId = "startHandbookDraft", summary = "Start a new draft, copied from the latest version")
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "201", description = "The draft; Location names it",
            headers = @Header(name = "Location", description = "The draft's address",
                    schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "409", description = "A draft or a version in review exists already",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response newDraft() {
        VersionView draft = handbook.newDraft(Caller.of(security).username());
        return Response.created(URI.create("handbook/versions/" + draft.version().number())).entity(draft).build();
    }

    /** A section's new title and text, by language (English required). */
    public record SectionText(@NotNull Map<String, String> title, @NotNull Map<String, String> text) {
    }

    @PUT
    @Path("versions/{number}/sections/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HANDBOOK_OWNER)
    @Operation(operationId = "editHandbookSection", summary = "Rewrite a section of a draft")
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "200", description = "The draft as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "409", description = "The version is not a draft (`conflict`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView editSection(@PathParam("number") int number, @PathParam("key") String key, SectionText section) {
        validator.check(section);
        return handbook.editSection(number, key, section.title(), section.text(), Caller.of(security).username());
    }

    @PUT
    @Path("versions/{number}/texts/{kind}/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HANDBOOK_OWNER)
    @Operation(operationId = "editHandbookText", summary = "Rewrite a text of a draft: handling advice per customer type, or a wording per channel",
            description = "kind is handlingAdvice (key: customer type), acknowledgementWording, outcomeWording or "
                    + "finalResponseWording (key: channel); the body maps languages to texts and replaces the text of "
                    + "every language. Wordings keep the placeholders of their English text in every language.")
    @Parameter(name = "kind", in = ParameterIn.PATH, required = true, schema = @Schema(type = SchemaType.STRING,
            enumeration = {"handlingAdvice", "acknowledgementWording", "outcomeWording", "finalResponseWording"}))
    @Parameter(name = "key", in = ParameterIn.PATH, required = true, description = "A customer type (handlingAdvice) or "
            + "a channel (the wordings)", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "200", description = "The draft as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "409", description = "The version is not a draft (`conflict`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView editText(@PathParam("number") int number, @PathParam("kind") String kind,
                                @PathParam("key") String key, Map<String, String> text) {
        return handbook.editText(number, kind, key, validator.check(text), Caller.of(security).username());
    }

    /** The phrase guide: rules by language, and phrases with what to avoid and what to say instead, by language. */
    public record PhraseGuideText(List<Map<String, String>> rules, List<Map<String, Map<String, String>>> phrases) {
    }

    @PUT
    @Path("versions/{number}/phrase-guide")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HANDBOOK_OWNER)
    @Operation(operationId = "editPhraseGuide", summary = "Replace the phrase guide of a draft")
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "200", description = "The draft as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "409", description = "The version is not a draft (`conflict`)")
    public VersionView editPhraseGuide(@PathParam("number") int number, PhraseGuideText guide) {
        validator.check(guide);
        return handbook.editPhraseGuide(number, guide.rules(), guide.phrases(), Caller.of(security).username());
    }

    @PUT
    @Path("versions/{number}/policy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.HANDBOOK_OWNER)
    @Operation(operationId = "editHandbookPolicy", summary = "Change policy values of a draft",
            description = "A JSON object of keys and values (e.g. {\"limit.FRONTLINE.REFUND\":\"150.00\"}); the values "
                    + "not named stay. The whole set must keep every rule; each broken one is named.")
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "200", description = "The draft as it is now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "Values that break a rule, each named (`validation`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The version is not a draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public VersionView editPolicy(@PathParam("number") int number, Map<String, String> values) {
        if (validator.check(values).isEmpty()) {
            throw new InvalidInputException("policy", HandbookMessage.POLICY_ONE_VALUE);
        }
        return handbook.editPolicy(number, values, Caller.of(security).username());
    }

    @POST
    @Path("versions/{number}/submit")
    @RolesAllowed(Roles.HANDBOOK_OWNER)
    @Operation(operationId = "submitHandbookDraft", summary = "Submit a draft for approval", description = "Starts its publication process: an approver "
            + "(administrator or head office) reviews it as a task.")
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "204", description = "Submitted")
    @APIResponse(responseCode = "409", description = "The version is not a draft, or another handbook owner is revising "
            + "it (`conflict`)")
    public Response submit(@PathParam("number") int number) {
        handbook.submit(number, Caller.of(security).username());
        return Response.noContent().build();
    }

    /** Signing: the employee's password again, and the language they read the handbook in. */
    public record SigningForm(@Schema(required = true) @RequiredText @Size(max = 128) String password, @Size(max = 16) String language) {
    }

    @POST
    @Path("versions/{number}/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.HANDBOOK_OWNER})
    @Operation(operationId = "signHandbook", summary = "Sign the version in force after reading it", description = "Re-enter the password. It is checked "
            + "like a login, by the server's realm: a wrong one counts as a failed login of the account and is delayed "
            + "like one. The record keeps employee, version, language, time and the hash of the text signed.")
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "201", description = "Signed (or signed already)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SignatureView.class)))
    @APIResponse(responseCode = "400", description = "Wrong password",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not the version in force (the problem names it)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response sign(@PathParam("number") int number, SigningForm form) {
        validator.check(form);
        String login = Caller.of(security).username();
        if (!credentials.passwordMatches(login, form.password().toCharArray())) {
            throw new InvalidInputException("password", PlatformMessage.PASSWORD_WRONG);
        }
        String language = form.language() != null ? form.language()
                : organisation.staff(login).map(StaffInfo::language).orElse(null);
        SignatureView signature = ConcurrentChange.retrying(() -> handbook.sign(number, language, login));
        return Response.status(Response.Status.CREATED).entity(signature).build();
    }

    @GET
    @Path("signatures/mine")
    @Operation(operationId = "listMySignatures", summary = "The caller's signatures, newest version first")
    @APIResponse(responseCode = "200", description = "The caller's signatures",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SignatureView.class)))
    public List<SignatureView> mySignatures() {
        return handbook.signaturesOf(Caller.of(security).username());
    }

    @GET
    @Path("signatures")
    @RolesAllowed({Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.AUDITOR, Roles.ADMIN})
    @Operation(operationId = "listSignatures", summary = "Who has signed the version in force, and who is overdue",
            description = "Supervisors see their branch, managers their region, head office and auditors everyone.")
    @Parameter(name = "branch", in = ParameterIn.QUERY, description = "Only this branch's staff",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "Every employee who must sign, and whether they have",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SignatureStatus.class)))
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "404", description = "The branch is not one the caller may see, or does not exist "
            + "(`not-found`)")
    public List<SignatureStatus> signatures(@QueryParam("branch") String branch) {
        Caller caller = Caller.of(security);
        if (caller.hasRole(Roles.ADMIN)) {
            if (branch != null && organisation.branch(branch).isEmpty()) {
                throw new ResourceNotFoundException(PlatformMessage.BRANCH_NOT_FOUND);
            }
            return handbook.signatureStatus(branch == null ? null : List.of(branch));
        }
        // a branch outside the caller's scope is a 404, as everywhere
        return handbook.signatureStatus(organisation.branchFilter(caller, branch == null ? null : List.of(branch))
                .orElse(null));
    }

    /** A branch's supplement: local details, never a policy value. */
    public record SupplementForm(@Schema(required = true) @RequiredText @Size(max = 6) String branchCode,
                                 @Schema(required = true) @RequiredText @Size(max = 200) @PlainText String title,
                                 @Schema(required = true) @RequiredText @Size(max = 8000) @PlainText String text) {
    }

    @POST
    @Path("supplements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.SUPERVISOR, Roles.HANDBOOK_OWNER})
    @Operation(operationId = "proposeSupplement", summary = "Propose a supplement for a branch (it needs approval)")
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "201", description = "Proposed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplementView.class)))
    public Response proposeSupplement(SupplementForm form) {
        validator.check(form);
        Caller caller = Caller.of(security);
        if (!caller.hasRole(Roles.HANDBOOK_OWNER) && !organisation.canSeeBranch(caller, form.branchCode())) {
            throw new InvalidInputException("branchCode", HandbookMessage.BRANCH_NOT_YOURS);
        }
        if (organisation.branch(form.branchCode()).isEmpty()) {
            throw new InvalidInputException("branchCode", HandbookMessage.NO_BRANCH);
        }
        SupplementView supplement = handbook.proposeSupplement(form.branchCode(), form.title(), form.text(),
                caller.username());
        return Response.status(Response.Status.CREATED).entity(supplement).build();
    }

    @POST
    @Path("supplements/{id}/approve")
    @RolesAllowed({Roles.ADMIN, Roles.HEAD_OFFICE})
    @Operation(operationId = "approveSupplement", summary = "Approve a supplement")
    @APIResponse(responseCode = "200", description = "The supplement, approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplementView.class)))
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "409", description = "The supplement was decided already (`conflict`)")
    public SupplementView approveSupplement(@PathParam("id") long id) {
        return handbook.decideSupplement(id, true, Caller.of(security).username());
    }

    @POST
    @Path("supplements/{id}/reject")
    @RolesAllowed({Roles.ADMIN, Roles.HEAD_OFFICE})
    @Operation(operationId = "rejectSupplement", summary = "Reject a supplement")
    @APIResponse(responseCode = "200", description = "The supplement, rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SupplementView.class)))
    @APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
    @APIResponse(responseCode = "409", description = "The supplement was decided already (`conflict`)")
    public SupplementView rejectSupplement(@PathParam("id") long id) {
        return handbook.decideSupplement(id, false, Caller.of(security).username());
    }

    @GET
    @Path("supplements")
    @Operation(operationId = "listSupplements", summary = "The supplements of the branches the caller may see (auditors, administrators and handbook "
            + "owners: all)")
    @APIResponse(responseCode = "200", description = "The supplements",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = SupplementView.class)))
    public List<SupplementView> supplements() {
        Caller caller = Caller.of(security);
        boolean all = caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.HANDBOOK_OWNER);
        return handbook.supplements(all ? null : organisation.visibleBranches(caller).orElse(null));
    }
}
