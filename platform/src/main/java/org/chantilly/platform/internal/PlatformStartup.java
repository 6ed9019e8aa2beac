package org.chantilly.platform.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.chantilly.platform.api.StartupOrder;
import org.chantilly.platform.organisation.OrganisationBootstrap;

/**
 * First thing at start-up: the schema of every module, then the accounts (and on a demo database the demo chain).
 */
@ApplicationScoped
class PlatformStartup {

    @Inject
    SchemaMigrator migrator;

    @Inject
    OrganisationBootstrap organisation;

    void onStartup(@Observes @Priority(StartupOrder.PLATFORM) Startup startup) {
        migrator.migrateAll();
        organisation.ensureAccounts();
    }
}
