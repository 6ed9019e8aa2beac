package org.chantilly.platform.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A module's own database tables: their Flyway migrations live on the classpath under
 * {@code db/migration/<module>} and their history in the table {@code schema_history_<module>}.
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

    public String location() {
        return "classpath:db/migration/" + module;
    }

    public String historyTable() {
        return "schema_history_" + module;
    }
}
