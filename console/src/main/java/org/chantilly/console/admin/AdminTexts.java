package org.chantilly.console.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.chantilly.console.support.Feedback;
import org.chantilly.platform.api.Roles;

/** Texts of the admin bundle with a value filled in, for the pages: {@code #{adText.format('branch.holiday', 2)}}. */
@Named("adText")
@RequestScoped
public class AdminTexts {

    public String format(String key, Object argument) {
        return Feedback.text("admin", key, argument);
    }

    /** A role's name in the page's language. */
    public String role(String role) {
        return role == null ? "" : Roles.ALL.contains(role) ? Feedback.text("admin", "role." + role) : role;
    }
}
