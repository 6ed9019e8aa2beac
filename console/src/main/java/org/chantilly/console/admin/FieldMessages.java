package org.chantilly.console.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.chantilly.console.support.Feedback;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.InvalidInputException;

/**
 * Runs an administrator's use case like {@link Feedback#attempt(String, Supplier)}, and also ties a refused field
 * inside a repeated row (a weekday's hours, a holiday) to that row's input: the page says which client id a field
 * name belongs to.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * @param form     the form whose fields the service's field names refer to
     * @param rowField the client id of a field in a row, or {@code null} for a field {@link Feedback} places
     */
    static <T> T attempt(String form, Function<String, String> rowField, Supplier<T> useCase) {
        return Feedback.attempt(form, () -> {
            try {
                return useCase.get();
            } catch (InvalidInputException refused) {
                show(form, refused.errors(), rowField);
                return null;
            }
        });
    }

    static void show(String form, List<FieldError> errors, Function<String, String> rowField) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<FieldError> rest = new ArrayList<>();
        for (FieldError error : errors) {
            String clientId = rowField.apply(error.field());
            if (clientId != null) {
                String text = Feedback.describe(error);
                faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            } else {
                rest.add(error);
            }
        }
        faces.validationFailed();
        if (!rest.isEmpty()) {
            Feedback.show(form, new InvalidInputException(rest));
        }
    }

    /** The client id of each admin page's outcome area (a list of plain messages under the lead paragraph). */
    static final String OUTCOME = "outcome";

    /**
     * What an action achieved, in the page's language, in the page's outcome area (a plain list with a status role;
     * the layout's PrimeFaces messages mark each item as an alert, which is no list item to assistive technology).
     */
    static void info(String key, Object... arguments) {
        String text = Feedback.text("admin", key, arguments);
        FacesContext.getCurrentInstance().addMessage(OUTCOME, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** A message at one field of the form, in the page's language. */
    static void at(String clientId, String key, Object... arguments) {
        String text = Feedback.text("admin", key, arguments);
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
        faces.validationFailed();
    }
}
