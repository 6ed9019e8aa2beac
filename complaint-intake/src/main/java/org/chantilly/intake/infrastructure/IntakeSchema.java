package org.chantilly.intake.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.chantilly.platform.api.ModuleSchema;

/** Intake's tables, migrated at start-up by the platform from {@code db/migration/intake}. */
@ApplicationScoped
class IntakeSchema {

    @Produces
    ModuleSchema intakeSchema() {
        return new ModuleSchema("intake");
    }
}
