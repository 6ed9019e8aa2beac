/**
 * The application's meters: one Micrometer registry that every module registers its own meters on, the JVM's meters,
 * and the Prometheus text of all of them for operators at {@code GET /api/metrics}.
 */
package org.chantilly.platform.metrics;
