/** The API's latency per route, method and status class, as a Prometheus histogram (README: Metrics). */
package org.chantilly.web.metrics;
