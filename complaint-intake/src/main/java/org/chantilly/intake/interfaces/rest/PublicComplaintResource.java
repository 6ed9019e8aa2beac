package org.chantilly.intake.interfaces.rest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.chantilly.intake.api.ComplaintCategory;
import org.chantilly.intake.api.ComplaintIntake;
import org.chantilly.intake.api.ComplaintView;
import org.chantilly.intake.api.IntakeMessage;
import org.chantilly.intake.api.NewComplaint;
import org.chantilly.platform.api.Channel;
import org.chantilly.platform.api.CustomerType;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.OneOf;
import org.chantilly.platform.api.PlainText;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.ProofOfWork;
import org.chantilly.platform.api.RateLimiter;
import org.chantilly.platform.api.RequiredText;
import org.chantilly.platform.api.RuleChecked;
import org.chantilly.platform.api.Severity;
import org.chantilly.platform.api.TrustedProxies;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The form a retailer's website posts to, without login: channel WEB, only the fields a customer fills in. It
 * answers with the reference and the expected response time and nothing else, limits requests per client address (the
 * client behind a trusted proxy, IPv6 by /64) and takes a complaint only with a fresh proof of work
 * ({@link PublicChallengeResource}). Idempotency keys are the client's own: they are kept per client address, so a key
 * another client used first neither blocks nor answers this client's submission.
 */
@Path("public/complaints")
@ApplicationScoped
@PermitAll
@Tag(name = "Public web form", description = "For the retailer's website; no login")
public class PublicComplaintResource {

    /** Who records complaints that arrive through the web form. */
    static final String WEB_FORM = ComplaintIntake.WEB_FORM;

    @Inject
    ComplaintIntake intake;

    @Inject
    InputValidator validator;

    @Inject
    @ConfigProperty(name = "chantilly.public-form.requests-per-minute", defaultValue = "10")
    int requestsPerMinute;

    @Inject
    Clock clock;

    @Inject
    TrustedProxies proxies;

    @Inject
    ProofOfWork proofOfWork;

    private RateLimiter limiter;

    @PostConstruct
    void createLimiter() {
        limiter = new RateLimiter(requestsPerMinute, Duration.ofMinutes(1), clock);
    }

    /** What a customer fills in on the website. */
    @Schema(name = "PublicComplaintForm")
    public record WebForm(
            @Schema(example = "HAM", required = true) @RequiredText @Pattern(regexp = "[A-Z]{2,6}", message = "{chantilly.branchCode}") String branchCode,
            @Schema(required = true) @NotNull @Valid ComplaintForm.Customer customer,
            @Schema(implementation = ComplaintCategory.class) @OneOf(ComplaintCategory.class) String category,
            @Schema(example = "The jumper shrank in the wash.", required = true) @RequiredText @Size(max = 8000) @PlainText String description,
            @Size(max = 2000) @PlainText String customerRequest,
            @Valid ComplaintForm.Purchase purchase) implements RuleChecked {

        /** The staff form the web form stands for: channel WEB, the customer's type unknown, severity medium. */
        ComplaintForm asStaffForm() {
            return new ComplaintForm(branchCode, Channel.WEB.name(), customer, CustomerType.UNKNOWN.name(), category,
                    Severity.MEDIUM.name(), description, customerRequest, purchase);
        }

        @Override
        public List<FieldError> ruleErrors() {
            return asStaffForm().ruleErrors();
        }
    }

    /** What the website may show the customer. */
    @Schema(name = "PublicComplaintReceipt", requiredProperties = {"reference", "expectedResponseBy", "expectedResponseTime"})
    public record WebReceipt(String reference, Instant expectedResponseBy, Duration expectedResponseTime) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(operationId = "submitPublicComplaint", summary = "Submit a complaint from the retailer's website",
            description = "No login. Answers only the reference and when the customer can expect an answer. "
                    + "Needs a proof of work for a challenge from GET /api/public/challenge (headers "
                    + "Proof-Of-Work-Nonce and Proof-Of-Work-Counter; each challenge works once). Limited per client "
                    + "address; an Idempotency-Key makes retries safe (a retry of a recorded complaint needs no new "
                    + "proof of work).")
    @Parameter(name = ProofOfWork.NONCE_HEADER, in = ParameterIn.HEADER, required = true,
            description = "The nonce of a challenge from GET /api/public/challenge",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 100))
    @Parameter(name = ProofOfWork.COUNTER_HEADER, in = ParameterIn.HEADER, required = true,
            description = "A counter such that SHA-256(nonce + \":\" + counter) begins with the challenge's bits of zeros",
            schema = @Schema(type = SchemaType.STRING, pattern = "[0-9]{1,19}"))
    @Parameter(name = ComplaintResource.IDEMPOTENCY_KEY, in = ParameterIn.HEADER,
            description = "Makes retries safe: the same key with the same form from the same client address answers "
                    + "the complaint recorded first",
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 200))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WebReceipt.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or breaks a rule (`validation`, with "
            + "`errors`); the body is not JSON of the form's shape (`malformed-request`); or the proof of work is "
            + "missing, wrong, expired or used already (`proof-of-work`: fetch a new challenge)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "This client used the Idempotency-Key before for another form "
            + "(`idempotency-key-reused`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this address, or too many submissions "
            + "at once; see Retry-After (`too-many-requests`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response submit(@HeaderParam(ComplaintResource.IDEMPOTENCY_KEY) String idempotencyKey,
                           @HeaderParam(ProofOfWork.NONCE_HEADER) String nonce,
                           @HeaderParam(ProofOfWork.COUNTER_HEADER) String counter,
                           @Context HttpServletRequest request, WebForm form) {
        String client = TrustedProxies.limitKey(proxies.clientAddress(request.getRemoteAddr(),
                request.getHeader("X-Forwarded-For")));
        limiter.acquire(client);
        NewComplaint complaint = validator.check(form).asStaffForm().toNewComplaint();
        String key = idempotencyKey == null ? null : idempotencyKey.strip();
        if (key != null && (key.isEmpty() || key.length() > 200)) {
            throw new org.chantilly.platform.api.InvalidInputException(ComplaintResource.IDEMPOTENCY_KEY,
                    IntakeMessage.IDEMPOTENCY_KEY_FORMAT);
        }
        String keyOwner = keyOwner(client);
        String hash = key == null ? null : RequestHash.of(form);
        // a retry of a complaint this client recorded creates nothing and sends nothing: no new proof of work
        ComplaintView view = (key == null ? Optional.<ComplaintIntake.Receipt>empty()
                : intake.receiptFor(keyOwner, key, hash)).orElseGet(() -> {
                    proofOfWork.spend(nonce, counter);
                    return Idempotency.receive(intake, complaint, WEB_FORM, keyOwner, key, hash);
                }).complaint();
        Duration promised = Duration.between(view.receivedAt(), view.expectedResponseBy());
        return Response.status(Response.Status.CREATED)
                .entity(new WebReceipt(view.reference(), view.expectedResponseBy(), promised))
                .build();
    }

    /**
     * Whose the public form's idempotency keys are: the web form's, per client address (its limit key, IPv6 by /64),
     * so that clients never share a key. The address is kept only as part of a SHA-256 hash, never as it is.
     */
    static String keyOwner(String clientLimitKey) {
        return WEB_FORM + " " + org.chantilly.platform.api.Sha256.hex("public-form-client " + clientLimitKey)
                .substring(0, 40);
    }
}
