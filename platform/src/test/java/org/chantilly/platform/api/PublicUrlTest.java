package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.chantilly.platform.api.Listeners.Listener;
import org.junit.jupiter.api.Test;

class PublicUrlTest {

    @Test
    void theConfiguredUrlWins() {
        PublicUrl url = PublicUrl.of(Optional.of("https://complaints.example.org/"), ListenersTest.on("0.0.0.0"), "host");
        assertThat(url.value()).isEqualTo("https://complaints.example.org");
        assertThat(url.resolve("/api/public/answers/x")).isEqualTo("https://complaints.example.org/api/public/answers/x");
        assertThat(url.https()).isTrue();
    }

    @Test
    void withoutConfigurationLocalServersAreHttpOnLocalhostAndOthersHttpsOnTheMachinesName() {
        assertThat(PublicUrl.of(Optional.empty(), ListenersTest.on("127.0.0.1"), "host").value())
                .isEqualTo("http://localhost:8080");
        assertThat(PublicUrl.of(Optional.empty(), ListenersTest.on("0.0.0.0"), "chantilly.example.org").value())
                .isEqualTo("https://chantilly.example.org:8443");
        Listeners standard = new Listeners(List.of(new Listener("default", false, "0.0.0.0", 80),
                new Listener("https", true, "0.0.0.0", 443)));
        assertThat(PublicUrl.of(Optional.of(" "), standard, "chantilly.example.org").value())
                .isEqualTo("https://chantilly.example.org");
        assertThat(PublicUrl.of(Optional.empty(), ListenersTest.on("0.0.0.0"), "h").https()).isTrue();
    }
}
