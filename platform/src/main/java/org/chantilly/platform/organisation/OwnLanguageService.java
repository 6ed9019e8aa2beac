package org.chantilly.platform.organisation;

import java.util.Objects;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.Caller;
import org.chantilly.platform.api.InvalidInputException;
import org.chantilly.platform.api.OwnLanguage;
import org.chantilly.platform.api.PlatformMessage;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.StaffInfo;

/** An employee changes their own language: only theirs, only to a language Chantilly speaks, audited. */
@ApplicationScoped
@Transactional
public class OwnLanguageService implements OwnLanguage {

    private static final Logger LOG = Logger.getLogger(OwnLanguageService.class.getName());

    @PersistenceContext(unitName = "platform")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Override
    public StaffInfo change(Caller caller, String language) {
        String login = Objects.requireNonNull(caller, "caller").username();
        if (OwnLanguage.supported(language) == null || !language.strip().matches("[a-z]{2,3}(-[A-Z]{2})?")) {
            throw new InvalidInputException("language", PlatformMessage.LANGUAGE_UNSUPPORTED,
                    String.join(", ", LANGUAGES));
        }
        Staff staff = login == null ? null : em.find(Staff.class, login);
        if (staff == null) {
            throw new ResourceNotFoundException(PlatformMessage.STAFF_NO_RECORD);
        }
        String before = staff.toInfo().language();
        String after = language.strip();
        if (!after.equals(before)) {
            staff.changeLanguage(after);
            audit.record(AuditEvent.of(login, "USER_CHANGED", "USER", login).change("language", before, after));
            LOG.info(() -> "staff " + login + " chose the language " + after);
        }
        return staff.toInfo();
    }
}
