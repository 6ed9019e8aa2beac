package org.chantilly.console.handbook;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.chantilly.console.support.Feedback;

/**
 * The handbook pages' own messages: shown in each page's feedback region (a plain list in a status region) rather
 * than in the layout's message list.
 */
final class PageMessages {

    /** The client id of the feedback region every handbook page has. */
    static final String FEEDBACK = "feedback";

    private PageMessages() {
    }

    static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, Feedback.text("handbook", key, arguments));
    }

    static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, Feedback.text("handbook", key, arguments));
    }

    static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(FEEDBACK, new FacesMessage(severity, text, text));
    }
}
