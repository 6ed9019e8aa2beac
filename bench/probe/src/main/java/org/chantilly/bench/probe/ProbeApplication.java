package org.chantilly.bench.probe;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The probe's resources under {@code /bench-probe/}. */
@ApplicationPath("/")
public class ProbeApplication extends Application {
}
