package org.chantilly.handbook.application.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Event;

import org.chantilly.handbook.api.HandbookDraftDiscarded;
import org.chantilly.handbook.domain.HandbookVersion;
import org.chantilly.handbook.policy.PolicyRules;
import org.chantilly.platform.api.ConflictException;
import org.chantilly.platform.api.ResourceNotFoundException;
import org.chantilly.platform.testing.RecordingAuditTrail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A draft can be discarded (never a version in review or a published one), and then a new draft started. */
class HandbookDraftServiceTest {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");

    private final HandbookService handbook = new HandbookService();
    private final HandbookDraftService drafts = new HandbookDraftService();
    private final HandbookServiceTest.Versions repository = new HandbookServiceTest.Versions();
    private final RecordingAuditTrail audit = new RecordingAuditTrail();
    private final List<HandbookDraftDiscarded> discarded = new ArrayList<>();

    @BeforeEach
    @SuppressWarnings("unchecked")
    void publishTheFirstVersion() {
        handbook.repository = repository;
        handbook.audit = audit;
        handbook.notifications = new org.chantilly.platform.testing.RecordingNotifications();
        handbook.clock = Clock.fixed(T0, ZoneOffset.UTC);
        handbook.submitted = (Event<org.chantilly.handbook.api.HandbookSubmitted>) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Event.class}, (proxy, method, args) -> null);
        drafts.repository = repository;
        drafts.audit = audit;
        drafts.discarded = (Event<HandbookDraftDiscarded>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Event.class}, (proxy, method, args) -> {
                    discarded.add((HandbookDraftDiscarded) args[0]);
                    return null;
                });
        repository.add(HandbookVersion.initial(HandbookBootstrap.defaultContent(),
                HandbookService.json(PolicyRules.materialise(key -> Optional.empty())), T0.minusSeconds(3600)));
    }

    @Test
    void aDraftSentBackIsDiscardedAndANewOneCanStart() {
        int draft = handbook.newDraft("hanna").version().number();
        handbook.submit(draft, "hanna");
        assertThatThrownBy(() -> drafts.discard(draft, "hanna")).isInstanceOf(ConflictException.class);
        handbook.sendBack(draft, "Not yet.", "admin");

        drafts.discard(draft, "hanna");

        assertThat(repository.version(draft)).isEmpty();
        assertThat(discarded).containsExactly(new HandbookDraftDiscarded(draft, "hanna"));
        assertThat(audit.records(null, null, Long.MAX_VALUE, 100)).last()
                .satisfies(r -> assertThat(r.action()).isEqualTo("HANDBOOK_DISCARDED"));
        assertThat(handbook.newDraft("hanna").version().number()).isEqualTo(draft);
    }

    @Test
    void aPublishedVersionOrAnUnknownOneIsNeverDiscarded() {
        assertThatThrownBy(() -> drafts.discard(1, "hanna")).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> drafts.discard(9, "hanna")).isInstanceOf(ResourceNotFoundException.class);
        assertThat(discarded).isEmpty();
    }
}
