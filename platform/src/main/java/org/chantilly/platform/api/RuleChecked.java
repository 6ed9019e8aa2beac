package org.chantilly.platform.api;

import java.util.List;

/**
 * A form with rules that span several fields or need more than a constraint (the contact details a channel needs, a
 * date that must be a real day, a known currency). {@link InputValidator#check} reports them together with the
 * form's constraint violations, so a caller learns every error of a request at once.
 */
public interface RuleChecked {

    /**
     * The rules this form breaks, each named by its field path. Must tolerate fields that are absent or that broke
     * their own constraints (those are reported already).
     */
    List<FieldError> ruleErrors();
}
