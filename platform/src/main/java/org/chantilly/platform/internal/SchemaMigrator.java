package org.chantilly.platform.internal;

import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.chantilly.platform.api.Datasource;
import org.chantilly.platform.api.ModuleSchema;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings every module's tables up to date with its versioned migrations. Each module keeps its own history
 * table, so modules evolve their schemas independently; Hibernate never generates DDL.
 */
@ApplicationScoped
class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    @Resource(lookup = Datasource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    @Any
    Instance<ModuleSchema> schemas;

    void migrateAll() {
        List<ModuleSchema> ordered = schemas.stream()
                .sorted(Comparator.comparing(ModuleSchema::module))
                .toList();
        String vendor = DatabaseProduct.vendor(dataSource);
        for (ModuleSchema schema : ordered) {
            MigrateResult result = Flyway.configure(SchemaMigrator.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(schema.location(), schema.vendorLocation(vendor))
                    .failOnMissingLocations(false)
                    .table(schema.historyTable())
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
            LOG.info(() -> "schema of module " + schema.module() + ": " + result.migrationsExecuted
                    + " migration(s) applied, now at version " + result.targetSchemaVersion);
        }
    }
}
