package org.chantilly.platform.internal;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;

import org.chantilly.platform.api.StartupOrder;

/**
 * First thing at start-up: the schema of every module, then the accounts that may log in.
 */
@ApplicationScoped
class PlatformStartup {

    @Inject
    SchemaMigrator migrator;

    @Inject
    AccountBootstrap accounts;

    void onStartup(@Observes @Priority(StartupOrder.PLATFORM) Startup startup) {
        migrator.migrateAll();
        accounts.ensureAccounts();
    }
}
