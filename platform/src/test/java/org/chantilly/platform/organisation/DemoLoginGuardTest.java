package org.chantilly.platform.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.chantilly.platform.api.Listeners;
import org.chantilly.platform.api.Listeners.Listener;
import org.junit.jupiter.api.Test;

class DemoLoginGuardTest {

    private static Listeners on(String address) {
        return new Listeners(List.of(new Listener("default", false, address, 8080),
                new Listener("https", true, address, 8443)));
    }

    @Test
    void onTheLoopbackAddressDemoLoginsAreFine() {
        assertThat(DemoLoginGuard.refusal(on("127.0.0.1"), false, true, List.of())).isEmpty();
        assertThat(DemoLoginGuard.refusal(on("::1"), true, true, List.of("admin", "frontline"))).isEmpty();
    }

    @Test
    void aReachableServerDoesNotCreateThemAndSaysWhichSettingToChange() {
        Optional<String> refusal = DemoLoginGuard.refusal(on("0.0.0.0"), false, true, List.of());
        assertThat(refusal).hasValueSatisfying(message -> assertThat(message)
                .contains("http 0.0.0.0:8080, https 0.0.0.0:8443", "chantilly.demo-data=false",
                        "CHANTILLY_DEMO_DATA=false", "CHANTILLY_ADMIN_PASSWORD", "127.0.0.1"));
    }

    @Test
    void aReachableServerRefusesDemoAccountsThatStillHaveTheirPublishedPasswords() {
        assertThat(DemoLoginGuard.refusal(on("192.0.2.2"), true, true, List.of("admin", "auditor")))
                .hasValueSatisfying(message -> assertThat(message).contains("admin, auditor", "new passwords"));
        assertThat(DemoLoginGuard.refusal(on("192.0.2.2"), true, false, List.of("admin")))
                .as("whatever chantilly.demo-data says").isPresent();
    }

    @Test
    void aReachableServerStartsWithoutDemoLogins() {
        assertThat(DemoLoginGuard.refusal(on("0.0.0.0"), false, false, List.of())).as("an empty database, no demo")
                .isEmpty();
        assertThat(DemoLoginGuard.refusal(on("0.0.0.0"), true, true, List.of()))
                .as("accounts exist, so none are created, and none has its demo password").isEmpty();
    }
}
