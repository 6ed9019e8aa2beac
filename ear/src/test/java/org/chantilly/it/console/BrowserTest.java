package org.chantilly.it.console;

import org.chantilly.it.support.ChantillyEar;
import org.chantilly.it.support.Console;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** What every browser test of the console shares: the real EAR, and one headless chromium for the class. */
abstract class BrowserTest {

    protected static Console console;

    @Deployment(testable = false)
    static EnterpriseArchive ear() {
        return ChantillyEar.built();
    }

    @BeforeAll
    static void startBrowser() {
        console = Console.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (console != null) {
            console.close();
        }
    }
}
