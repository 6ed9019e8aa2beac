package org.chantilly.workflow.interfaces.rest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.chantilly.platform.api.BranchInfo;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.Organisation;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.Roles;
import org.chantilly.workflow.api.ComplianceReport;
import org.chantilly.workflow.api.ComplianceReports;
import org.chantilly.workflow.api.WorkflowMessage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The auditor's compliance report over a period and a set of branches, as JSON, CSV or a printable page. */
@Path("reports/compliance")
@RequestScoped
@RolesAllowed({Roles.AUDITOR, Roles.HEAD_OFFICE, Roles.MANAGER})
@Tag(name = "Reports", description = "Whether procedures were followed, across branches")
@APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
public class ComplianceReportResource {

    /** The longest period one report covers, in days (a leap year). */
    static final int MAX_DAYS = 366;

    /** The most branches one report compares. */
    static final int MAX_BRANCHES = 100;

    static final String CSV = "text/csv;charset=UTF-8";
    static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

    @Inject
    ComplianceReports reports;

    @Inject
    Organisation organisation;

    @Context
    SecurityContext security;

    @Context
    HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV, HTML})
    @Operation(operationId = "getComplianceReport", summary = "The compliance report for the complaints received in a period by a set of branches",
            description = "from and to are dates (both included, in each branch's time zone), at most 366 days apart; "
                    + "branch is repeatable and defaults to every branch the caller may see. JSON by default; "
                    + "text/csv or text/html through the Accept header or format=json|csv|html.")
    @Parameter(name = "from", in = ParameterIn.QUERY, required = true, description = "The first day of the period",
            schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-11-01")
    @Parameter(name = "to", in = ParameterIn.QUERY, required = true, description = "The last day of the period",
            schema = @Schema(type = SchemaType.STRING, format = "date"), example = "2026-11-30")
    @Parameter(name = "branch", in = ParameterIn.QUERY, description = "Branch codes, repeatable (at most 100); by default "
            + "every branch the caller may see", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "format", in = ParameterIn.QUERY, description = "Overrides the Accept header",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"json", "csv", "html"}))
    @APIResponse(responseCode = "200", description = "The report",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ComplianceReport.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "406", description = "The Accept header takes none of JSON, CSV and HTML (`not-acceptable`)")
    @APIResponse(responseCode = "400", description = "A date, the period, the format or the number of branches is wrong",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "A branch outside the caller's scope, or none with that code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("branch") List<String> branches, @QueryParam("format") String format) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (first != null && last != null) {
            if (last.isBefore(first)) {
                errors.add(FieldError.of("to", WorkflowMessage.REPORT_TO_BEFORE_FROM));
            } else if (ChronoUnit.DAYS.between(first, last) + 1 > MAX_DAYS) {
                errors.add(FieldError.of("to", WorkflowMessage.REPORT_MAX_DAYS, MAX_DAYS));
            }
        }
        if (format != null && !List.of("json", "csv", "html").contains(format)) {
            errors.add(FieldError.of("format", WorkflowMessage.REPORT_FORMAT));
        }
        List<String> codes = List.copyOf(new LinkedHashSet<>(branches));
        if (codes.size() > MAX_BRANCHES) {
            errors.add(FieldError.of("branch", WorkflowMessage.REPORT_MAX_BRANCHES, MAX_BRANCHES));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ComplianceReport report = reports.report(first, last, scope(codes));
        return switch (format != null ? format : negotiated()) {
            case "csv" -> Response.ok(reports.csv(report), CSV)
                    .header("Content-Disposition", "attachment; filename=\"compliance-" + first + "-" + last + ".csv\"")
                    .build();
            case "html" -> Response.ok(reports.printable(report), HTML).build();
            default -> Response.ok(report, MediaType.APPLICATION_JSON).build();
        };
    }

    /** The branches asked for, or every branch the caller may see; one outside the caller's scope is a 404. */
    private List<String> scope(List<String> codes) {
        return organisation.branchFilter(Caller.of(security), codes)
                .orElseGet(() -> organisation.branches().stream().map(BranchInfo::code).sorted().toList());
    }

    /** The first of JSON, CSV and HTML the Accept header takes, in its order of preference. */
    private String negotiated() {
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return "json";
            }
            if (accepted.isCompatible(MediaType.valueOf("text/csv"))) {
                return "csv";
            }
            if (accepted.isCompatible(MediaType.TEXT_HTML_TYPE)) {
                return "html";
            }
        }
        throw new NotAcceptableException();
    }

    private static LocalDate date(String field, String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, WorkflowMessage.REPORT_DATE_REQUIRED, "2026-11-01"));
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of(field, WorkflowMessage.REPORT_DATE));
            return null;
        }
    }
}
