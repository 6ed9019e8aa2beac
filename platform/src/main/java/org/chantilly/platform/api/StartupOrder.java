package org.chantilly.platform.api;

/**
 * Priorities of the observers of {@code jakarta.enterprise.event.Startup}: lower runs first. The database schema
 * exists before accounts are created, and both before the process engine starts.
 */
public final class StartupOrder {

    public static final int PLATFORM = 100;
    public static final int HANDBOOK = 200;
    public static final int PROCESS_ENGINE = 500;
    public static final int READY = 1000;

    private StartupOrder() {
    }
}
