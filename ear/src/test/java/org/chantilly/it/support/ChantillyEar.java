package org.chantilly.it.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;

/** The real EAR the build produced, as Arquillian deploys it. */
public final class ChantillyEar {

    private ChantillyEar() {
    }

    public static EnterpriseArchive built() {
        File ear = new File(System.getProperty("chantilly.it.ear", "target/chantilly.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("the EAR is not built: " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /**
     * The real EAR with one more library in its {@code lib/}, beside the modules, for tests that must provoke a
     * failure inside (beans there are visible to the modules' beans).
     */
    public static EnterpriseArchive builtWith(JavaArchive library) {
        return built().addAsLibrary(library);
    }
}
