package org.chantilly.it.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real EAR the build produced, as Arquillian deploys it. */
public final class ChantillyEar {

    public static final String WAR = "chantilly-web.war";

    private ChantillyEar() {
    }

    public static EnterpriseArchive built() {
        File ear = new File(System.getProperty("chantilly.it.ear", "target/chantilly.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("the EAR is not built: " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }

    /** The real EAR with one more library in its web module, for tests that must provoke a failure inside. */
    public static EnterpriseArchive builtWith(JavaArchive library) {
        EnterpriseArchive ear = built();
        WebArchive war = ear.getAsType(WebArchive.class, WAR);
        war.addAsLibrary(library);
        ear.delete(WAR);
        ear.addAsModule(war);
        return ear;
    }
}
