package org.chantilly.platform.internal;

import java.util.logging.Logger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.chantilly.platform.api.PublicUrl;
import org.chantilly.platform.api.StartupOrder;

/** Says where the application listens once everything has started. */
@ApplicationScoped
class ReadyAnnouncement {

    private static final Logger LOG = Logger.getLogger(ReadyAnnouncement.class.getName());

    @Inject
    PublicUrl publicUrl;

    void onStartup(@Observes @Priority(StartupOrder.READY) Startup startup) {
        LOG.info(() -> "Chantilly is ready: API at " + publicUrl + "/api, OpenAPI at " + publicUrl + "/openapi");
    }
}
