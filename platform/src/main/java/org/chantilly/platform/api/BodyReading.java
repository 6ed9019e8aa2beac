package org.chantilly.platform.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;

/**
 * What reading this request's body found wrong: that it is not JSON at all, or the fields whose JSON type, format or
 * name does not fit the form. The API's body reader notes it here instead of refusing at once, so that a resource
 * checks the caller's scope first (another branch's complaint is a 404 whatever the body) and then reports these
 * together with the rules the form breaks, through {@link InputValidator#check}.
 */
@RequestScoped
public class BodyReading {

    private Message malformed;
    private final List<FieldError> errors = new ArrayList<>();

    /** The body is not JSON: {@code detail} says where (line and column) and why. */
    public void malformed(Message detail) {
        if (malformed == null) {
            malformed = detail;
        }
    }

    /** A field could not be read: wrong JSON type, unknown name, a value of the wrong format. */
    public void refuse(FieldError error) {
        errors.add(error);
    }

    public Message malformed() {
        return malformed;
    }

    public List<FieldError> errors() {
        return List.copyOf(errors);
    }
}
