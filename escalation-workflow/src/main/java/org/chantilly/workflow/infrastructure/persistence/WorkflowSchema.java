package org.chantilly.workflow.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import org.chantilly.platform.api.ModuleSchema;

/** The workflow's tables, migrated at start-up by the platform from {@code db/migration/workflow}. */
@ApplicationScoped
class WorkflowSchema {

    @Produces
    ModuleSchema workflowSchema() {
        return new ModuleSchema("workflow");
    }
}
