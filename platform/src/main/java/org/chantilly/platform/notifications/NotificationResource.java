package org.chantilly.platform.notifications;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
import jakarta.ws.rs.core.SecurityContext;

import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InputValidator;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.NotificationKind;
import org.chantilly.platform.api.Notifications.MailSettings;
import org.chantilly.platform.api.Notifications.NotificationView;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.Problem;
import org.chantilly.platform.api.PublicUrl;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Roles;
import org.chantilly.platform.api.StaffInfo;
import org.chantilly.platform.organisation.OrganisationService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's own notifications (a task assigned to them, a deadline coming, a handbook version to sign, a draft sent
 * back) and where they go besides the console: the caller's e-mail address and whether they want mail. Every role but
 * METRICS, an account for the operators' figures that nobody tells anything.
 */
@Path("account/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.FRONTLINE, Roles.SUPERVISOR, Roles.MANAGER, Roles.HEAD_OFFICE, Roles.HANDBOOK_OWNER,
        Roles.AUDITOR, Roles.ADMIN})
@Tag(name = "Account", description = "The caller's own account")
@APIResponse(responseCode = "403", description = "Not for the caller's role (`forbidden`)")
public class NotificationResource {

    /** Notifications per page unless the caller says otherwise. */
    static final int DEFAULT_PAGE = 20;

    @Inject
    NotificationService notifications;

    @Inject
    OrganisationService organisation;

    @Inject
    InputValidator validator;

    @Inject
    PublicUrl publicUrl;

    @Context
    SecurityContext security;

    /**
     * A notification as the API shows it.
     *
     * @param text   what it says, in the caller's language, instants in their time zone
     * @param link   the console page it is about, relative to the console
     * @param url    the same page as clients reach it
     * @param readAt when the caller marked it read, or {@code null}
     */
    @Schema(requiredProperties = {"id", "kind", "params", "text", "link", "url", "createdAt"})
    public record NotificationItem(long id, NotificationKind kind, Map<String, String> params, String text, String link,
                                   String url, Instant createdAt, Instant readAt) {
    }

    /**
     * A page of the caller's notifications, newest first.
     *
     * @param unread how many of all their notifications are unread
     * @param total  how many there are in the list asked for (all, or unread only)
     */
    @Schema(requiredProperties = {"items", "first", "max", "unread", "total"})
    public record NotificationPage(List<NotificationItem> items, int first, int max, long unread, long total) {
    }

    /** The caller's mail settings as sent: an address or none, and whether to mail. */
    @Schema(requiredProperties = {"mailNotifications"})
    public record MailSettingsChange(
            @Schema(example = "anna.berg@chantilly.example", description = "the address; leave it out (or null) "
                    + "for none") String email,
            @Schema(description = "whether the notifications also go to the address") Boolean mailNotifications) {
    }

    @GET
    @Operation(operationId = "listOwnNotifications", summary = "Your notifications, newest first",
            description = "What you were told: a task assigned to you (TASK_ASSIGNED), a deadline of a task you hold "
                    + "or your group's coming (DEADLINE_REMINDER), a handbook version in force you have not signed "
                    + "(HANDBOOK_TO_SIGN), a draft of yours sent back by the approver (DRAFT_SENT_BACK). References "
                    + "only, never a customer's personal data.")
    @Parameter(name = "unread", in = ParameterIn.QUERY, description = "true: only those not marked read",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    @Parameter(name = "first", in = ParameterIn.QUERY, description = "The first to list, from 0",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", defaultValue = "0"))
    @Parameter(name = "max", in = ParameterIn.QUERY, description = "At most this many",
            schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "100",
                    defaultValue = "20"))
    @APIResponse(responseCode = "200", description = "A page of notifications and the number unread",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = NotificationPage.class)))
    @APIResponse(responseCode = "400", description = "unread, first or max is not one of its allowed values "
            + "(`validation`, each named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public NotificationPage list(@QueryParam("unread") String unreadText, @QueryParam("first") String firstText,
                                 @QueryParam("max") String maxText) {
        // read here rather than by JAX-RS, which answers a query parameter it cannot convert with a 404
        List<FieldError> errors = new ArrayList<>();
        if (unreadText != null && !unreadText.equals("true") && !unreadText.equals("false")) {
            errors.add(FieldError.of("unread", PlatformMessage.TRUE_OR_FALSE));
        }
        int first = whole(firstText, 0, Integer.MAX_VALUE, 0, "first", errors);
        int max = whole(maxText, 1, NotificationService.MAX_PAGE, DEFAULT_PAGE, "max", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        boolean unreadOnly = "true".equals(unreadText);
        String login = caller().username();
        StaffInfo staff = organisation.staff(login).orElse(null);
        Locale locale = Locale.forLanguageTag(staff == null ? "en" : staff.language());
        var zone = staff == null ? ZoneOffset.UTC : notifications.zoneOf(staff);
        List<NotificationItem> items = notifications.list(login, unreadOnly, first, max).stream()
                .map(n -> item(n, notifications.describe(n, locale, zone))).toList();
        return new NotificationPage(items, first, max, notifications.count(login, true),
                notifications.count(login, unreadOnly));
    }

    @POST
    @Path("{id}/read")
    @Operation(operationId = "markOwnNotificationRead", summary = "Mark one of your notifications read")
    @APIResponse(responseCode = "204", description = "Marked read (or it was already)")
    @APIResponse(responseCode = "404", description = "You have no notification with that id (`not-found`)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response markRead(@PathParam("id") String id) {
        long number;
        try {
            number = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ResourceNotFoundException(PlatformMessage.NOTIFICATION_NOT_FOUND);
        }
        notifications.markRead(caller().username(), number);
        return Response.noContent().build();
    }

    @POST
    @Path("read")
    @Operation(operationId = "markOwnNotificationsRead", summary = "Mark all your notifications read")
    @APIResponse(responseCode = "204", description = "Every one of them is read")
    public Response markAllRead() {
        notifications.markAllRead(caller().username());
        return Response.noContent().build();
    }

    @GET
    @Path("settings")
    @Operation(operationId = "getOwnMailSettings", summary = "Your e-mail address and whether your notifications "
            + "go there too")
    @APIResponse(responseCode = "200", description = "The settings",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MailSettings.class)))
    public MailSettings settings() {
        return notifications.mailSettings(caller().username());
    }

    @PUT
    @Path("settings")
    @Operation(operationId = "changeOwnMailSettings", summary = "Set or clear your e-mail address, and say whether "
            + "your notifications go there too",
            description = "Without an address no mail goes, whatever mailNotifications says. The change is audited "
                    + "(MAIL_SETTINGS_CHANGED: whether there is an address and whether it changed, never the address).")
    @APIResponse(responseCode = "200", description = "The settings as they are now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = MailSettings.class)))
    @APIResponse(responseCode = "400", description = "The address is not one, or mailNotifications is missing "
            + "(`validation`, each named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public MailSettings changeSettings(MailSettingsChange change) {
        MailSettingsChange checked = validator.check(change);
        return notifications.changeMailSettings(caller(), checked.email(), checked.mailNotifications());
    }

    private NotificationItem item(NotificationView n, String text) {
        return new NotificationItem(n.id(), n.kind(), n.params(), text, n.link(),
                publicUrl.resolve("/console/" + n.link()), n.createdAt(), n.readAt());
    }

    private Caller caller() {
        return Caller.of(security);
    }

    private static int whole(String text, int min, int max, int fallback, String field, List<FieldError> errors) {
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        errors.add(FieldError.of(field, PlatformMessage.WHOLE_NUMBER_RANGE, min, max));
        return fallback;
    }
}
