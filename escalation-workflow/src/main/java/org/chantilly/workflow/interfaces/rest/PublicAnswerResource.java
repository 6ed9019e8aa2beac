package org.chantilly.workflow.interfaces.rest;

import java.time.Clock;
import java.time.Duration;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.chantilly.platform.api.ConcurrentChange;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.RateLimiter;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.TrustedProxies;
import org.chantilly.workflow.api.ComplaintProcesses;
import org.chantilly.workflow.api.WorkflowMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The link in an outcome mail: the customer says whether they are satisfied. The page asks; the form posts the answer
 * (a link that is merely opened, say by a mail scanner, changes nothing). The token works once.
 * <p>
 * The one state-changing API call that a plain HTML form may post (no JSON, no {@code X-Requested-With}): it needs no
 * login, so a cross-site post carries no credentials it could abuse, and it acts only with the token from the mail, 24
 * random bytes that nobody else can guess and that work once. Requests are limited per client address (the client
 * behind a trusted proxy, IPv6 by /64).
 */
@Path("public/answers/{token}")
@ApplicationScoped
@PermitAll
@Tag(name = "Customer answer", description = "For customers following the link in an outcome mail; no login")
public class PublicAnswerResource {

    @Inject
    ComplaintProcesses processes;

    @Inject
    @ConfigProperty(name = "chantilly.public-form.requests-per-minute", defaultValue = "10")
    int requestsPerMinute;

    @Inject
    Clock clock;

    @Inject
    TrustedProxies proxies;

    private RateLimiter limiter;

    @PostConstruct
    void createLimiter() {
        limiter = new RateLimiter(requestsPerMinute, Duration.ofMinutes(1), clock);
    }

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @SecurityRequirements
    @Operation(operationId = "getAnswerPage", summary = "The page that asks the customer whether they are satisfied")
    @APIResponse(responseCode = "200", description = "The question, with two buttons",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", description = "The Accept header does not take HTML (`not-acceptable`)")
    public String question(@PathParam("token") String token) {
        // no action: the form posts to this very address, token included
        return page("Are you satisfied with how we resolved your complaint?",
                "<form method=\"post\">"
                        + "<button name=\"satisfied\" value=\"true\">Yes, I am satisfied</button> "
                        + "<button name=\"satisfied\" value=\"false\">No, I am not satisfied</button></form>");
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML + ";charset=UTF-8")
    @SecurityRequirements
    @Operation(operationId = "answerOutcome", summary = "The customer's answer",
            description = "Satisfied closes the complaint once the employee's follow-up is decided; not satisfied "
                    + "reopens it at the next tier.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(type = SchemaType.OBJECT, requiredProperties = "satisfied",
                    properties = @SchemaProperty(name = "satisfied", type = SchemaType.STRING,
                            enumeration = {"true", "false"}))))
    @APIResponse(responseCode = "200", description = "Thank-you page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "satisfied is neither true nor false (`validation`)")
    @APIResponse(responseCode = "404", description = "Unknown or used token (`not-found`)")
    @APIResponse(responseCode = "409", description = "The complaint no longer waits for an answer, or someone else "
            + "changed it at the same moment (`conflict`)")
    @APIResponse(responseCode = "429", description = "Too many requests from this address; see Retry-After "
            + "(`too-many-requests`)")
    public String answer(@PathParam("token") String token, @FormParam("satisfied") String satisfied,
                         @Context HttpServletRequest request) {
        limiter.acquire(TrustedProxies.limitKey(proxies.clientAddress(request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For"))));
        if (!"true".equals(satisfied) && !"false".equals(satisfied)) {
            throw new InvalidInputException("satisfied", PlatformMessage.TRUE_OR_FALSE);
        }
        boolean yes = Boolean.parseBoolean(satisfied);
        ConcurrentChange.retrying(() -> processes.answerByToken(token, yes))
                .orElseThrow(() -> new ResourceNotFoundException(WorkflowMessage.LINK_UNKNOWN));
        return page("Thank you for your answer.", yes ? "<p>We are glad we could help.</p>"
                : "<p>We are sorry. A senior colleague will look at your complaint again and contact you.</p>");
    }

    private static String page(String heading, String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
                + "content=\"width=device-width, initial-scale=1\"><title>Chantilly</title></head><body><main><h1>"
                + heading + "</h1>" + body + "</main></body></html>";
    }
}
