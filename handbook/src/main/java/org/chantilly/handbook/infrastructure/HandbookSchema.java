package org.chantilly.handbook.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.chantilly.platform.api.ModuleSchema;

/** The handbook's tables, migrated at start-up by the platform from {@code db/migration/handbook}. */
@ApplicationScoped
class HandbookSchema {

    @Produces
    ModuleSchema handbookSchema() {
        return new ModuleSchema("handbook");
    }
}
