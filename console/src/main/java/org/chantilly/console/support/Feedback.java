package org.chantilly.console.support;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.Supplier;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.ProblemException;

/**
 * Messages on a page: texts from the console's bundles in the session's language, and a service's refusal in the
 * employee's language ({@link ServiceMessages}), with each rejected field's message tied to that field (its component
 * id is the field name, dots replaced by underscores) so that screen readers announce it with the field.
 */
public final class Feedback {

    private Feedback() {
    }

    /** A text of one of the console's bundles ({@code common}, {@code frontline}, ...), with its arguments filled in. */
    public static String text(String bundle, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String pattern = ResourceBundle.getBundle("org.chantilly.console.i18n." + bundle,
                    faces.getViewRoot().getLocale()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale())
                    .format(arguments);
        } catch (MissingResourceException missing) {
            return "???" + key + "???";
        }
    }

    public static void info(String bundle, String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(bundle, key, arguments));
    }

    public static void error(String bundle, String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, text(bundle, key, arguments));
    }

    /**
     * Runs a use case; if the service refuses it, shows why and answers {@code null} (the page stays as it was, with
     * everything the employee typed).
     *
     * @param form the id of the form whose fields the service's field names refer to
     */
    public static <T> T attempt(String form, Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (ProblemException refused) {
            show(form, refused);
            return null;
        }
    }

    /** Runs a use case without a result; {@code true} if it succeeded. */
    public static boolean attempt(String form, Runnable useCase) {
        return attempt(form, () -> {
            useCase.run();
            return Boolean.TRUE;
        }) != null;
    }

    /** Shows a service's refusal: one message per rejected field, at that field where the form has it. */
    public static void show(String form, ProblemException refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        if (refused.errors().isEmpty()) {
            add(null, FacesMessage.SEVERITY_ERROR, describe(refused));
            return;
        }
        for (FieldError error : refused.errors()) {
            String clientId = form + ":" + error.field().replace('.', '_').replace('[', '_').replace("]", "");
            UIComponent field = form == null ? null : faces.getViewRoot().findComponent(":" + clientId);
            if (field != null) {
                add(clientId, FacesMessage.SEVERITY_ERROR, describe(error));
            } else {
                add(null, FacesMessage.SEVERITY_ERROR, error.field() + ": " + describe(error));
            }
        }
    }

    /** What a service refused, in the page's language. */
    public static String describe(ProblemException refused) {
        return ServiceMessages.text(refused, locale());
    }

    /** A rejected field's message, in the page's language. */
    public static String describe(FieldError error) {
        return ServiceMessages.text(error, locale());
    }

    /**
     * Shows a message of the console's own at a field of a form, as {@link #show} shows a service's (the same client
     * id: the field name with dots and brackets replaced by underscores).
     */
    public static void atField(String form, String field, String bundle, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.validationFailed();
        String clientId = form + ":" + field.replace('.', '_').replace('[', '_').replace("]", "");
        boolean exists = faces.getViewRoot().findComponent(":" + clientId) != null;
        add(exists ? clientId : null, FacesMessage.SEVERITY_ERROR, text(bundle, key, arguments));
    }

    private static Locale locale() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, text));
    }
}
