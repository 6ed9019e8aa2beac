package org.chantilly.platform.api;

/** How serious a complaint is; deadlines and management contact depend on it. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
