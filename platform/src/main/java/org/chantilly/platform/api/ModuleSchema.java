package org.chantilly.platform.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A module's own database tables: their Flyway migrations live on the classpath under
 * {@code db/migration/<module>/common}, with statements that differ between databases under
 * {@code db/migration/<module>/h2} and {@code db/migration/<module>/postgresql}; their history is kept in the table
 * {@code schema_history_<module>}.
 * A module contributes its schema by producing one of these as a CDI bean; the platform migrates every
 * contributed schema at start-up, before the application takes requests. Modules never share tables.
 *
 * @param module the module's short name, lower case, e.g. {@code intake}
 */
public record ModuleSchema(String module) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{1,30}");

    public ModuleSchema {
        Objects.requireNonNull(module, "module");
        if (!NAME.matcher(module).matches()) {
            throw new IllegalArgumentException("module name must match " + NAME + ": " + module);
        }
    }

    /** Where the migrations for every database are. */
    public String location() {
        return "classpath:db/migration/" + module + "/common";
    }

    /** Where the migrations for one database ({@code h2} or {@code postgresql}) are. */
    public String vendorLocation(String vendor) {
        return "classpath:db/migration/" + module + "/" + vendor;
    }

    public String historyTable() {
        return "schema_history_" + module;
    }
}
