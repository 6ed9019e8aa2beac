package org.chantilly.console.handbook;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.chantilly.console.support.Feedback;
import org.chantilly.platform.api.FieldError;
import org.chantilly.platform.api.ProblemException;

/**
 * Like {@code Feedback.attempt}, for forms whose fields cannot carry the service's field names as their ids (a row of
 * policy values, the second language's column): the page says which component shows a field's message.
 */
final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * Runs a use case; if the service refuses it, each rejected field's message goes to the component {@code clientIdOf}
     * names (or to the page's feedback region when it names none) and the answer is {@code null}.
     */
    static <T> T attempt(Function<String, String> clientIdOf, Supplier<T> useCase) {
        try {
            return useCase.get();
        } catch (ProblemException refused) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.validationFailed();
            if (refused.errors().isEmpty()) {
                add(null, Feedback.describe(refused));
                return null;
            }
            for (FieldError error : refused.errors()) {
                String clientId = clientIdOf.apply(error.field());
                String text = Feedback.describe(error);
                add(clientId, clientId == null ? error.field() + ": " + text : text);
            }
            return null;
        }
    }

    static boolean attempt(Function<String, String> clientIdOf, Runnable useCase) {
        return attempt(clientIdOf, () -> {
            useCase.run();
            return Boolean.TRUE;
        }) != null;
    }

    private static void add(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId == null ? PageMessages.FEEDBACK : clientId,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
    }
}
