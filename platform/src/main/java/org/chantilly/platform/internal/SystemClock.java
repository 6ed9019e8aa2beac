package org.chantilly.platform.internal;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one clock the application reads "now" from: the system's, in UTC. Services inject {@link Clock} instead of
 * asking the system, so that their tests can give them a fixed one.
 */
@ApplicationScoped
public class SystemClock {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
