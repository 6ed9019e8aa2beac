package org.chantilly.handbook.application.internal;

import java.util.Map;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.chantilly.handbook.api.HandbookDraftDiscarded;
import org.chantilly.handbook.api.HandbookDrafts;
import org.chantilly.handbook.api.HandbookMessage;
import org.chantilly.handbook.domain.HandbookRepository;
import org.chantilly.handbook.domain.HandbookVersion;
import org.chantilly.platform.api.AuditEvent;
import org.chantilly.platform.api.AuditTrail;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.api.Sha256;

/** Discarding a draft: only a draft goes, never a version in review or a published one. */
@ApplicationScoped
@Transactional
public class HandbookDraftService implements HandbookDrafts {

    private static final Logger LOG = Logger.getLogger(HandbookDraftService.class.getName());

    @Inject
    HandbookRepository repository;

    @Inject
    Event<HandbookDraftDiscarded> discarded;

    @Inject
    AuditTrail audit;

    @Override
    public void discard(int number, String by) {
        HandbookVersion version = repository.version(number)
                .orElseThrow(() -> new ResourceNotFoundException(HandbookMessage.VERSION_NOT_FOUND, number));
        if (!version.editable()) {
            throw new ConflictException(HandbookMessage.VERSION_NOT_DRAFT, number, version.status());
        }
        audit.record(AuditEvent.of(by, "HANDBOOK_DISCARDED", HandbookService.VERSION, number)
                .before(Map.of("status", version.status(), "contentSha256", Sha256.hex(version.content()))));
        repository.remove(version);
        discarded.fire(new HandbookDraftDiscarded(number, by));
        LOG.info(() -> "handbook version " + number + " discarded by " + by);
    }
}
