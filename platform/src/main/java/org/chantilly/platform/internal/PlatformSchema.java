package org.chantilly.platform.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.chantilly.platform.api.ModuleSchema;

/** The platform's own tables: user accounts and their roles. */
@ApplicationScoped
class PlatformSchema {

    @Produces
    ModuleSchema platformSchema() {
        return new ModuleSchema("platform");
    }
}
