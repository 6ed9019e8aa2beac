package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TransportSecurityTest {

    private final TrustedProxies proxy = TrustedProxies.of("10.0.0.5");

    @Test
    void tlsIsRequiredWhereOtherMachinesReachTheServerOrWhenConfigured() {
        assertThat(TransportSecurity.of(ListenersTest.on("127.0.0.1"), proxy, null).required()).isFalse();
        assertThat(TransportSecurity.of(ListenersTest.on("127.0.0.1"), proxy, "auto").required()).isFalse();
        assertThat(TransportSecurity.of(ListenersTest.on("0.0.0.0"), proxy, null).required()).isTrue();
        assertThat(TransportSecurity.of(ListenersTest.on("192.0.2.2"), proxy, " AUTO ").required()).isTrue();
        assertThat(TransportSecurity.of(ListenersTest.on("127.0.0.1"), proxy, "always").required()).isTrue();
        assertThatThrownBy(() -> TransportSecurity.of(ListenersTest.on("0.0.0.0"), proxy, "never"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(TransportSecurity.CONFIG);
    }

    @Test
    void plainRequestsAreRefusedUnlessATrustedProxySaysTheClientUsedTls() {
        TransportSecurity exposed = TransportSecurity.of(ListenersTest.on("0.0.0.0"), proxy, null);
        assertThat(exposed.refuses(false, "203.0.113.9", null)).isTrue();
        assertThat(exposed.refuses(true, "203.0.113.9", null)).isFalse();
        assertThat(exposed.refuses(false, "10.0.0.5", "https")).as("the trusted proxy").isFalse();
        assertThat(exposed.refuses(false, "10.0.0.5", "http")).isTrue();
        assertThat(exposed.refuses(false, "203.0.113.9", "https")).as("anyone else's word").isTrue();
        TransportSecurity local = TransportSecurity.of(ListenersTest.on("127.0.0.1"), proxy, null);
        assertThat(local.refuses(false, "127.0.0.1", null)).isFalse();
    }

    @Test
    void plainRequestsAreSentToTheSameHostAndPathOverHttps() {
        TransportSecurity exposed = TransportSecurity.of(ListenersTest.on("0.0.0.0"), proxy, null);
        assertThat(exposed.httpsLocation("chantilly.example.org", "/console/?lang=de", "203.0.113.9"))
                .hasValue("https://chantilly.example.org:8443/console/?lang=de");
        assertThat(exposed.httpsLocation("chantilly.example.org", "/console/", "10.0.0.5"))
                .as("through the proxy, which answers HTTPS on the standard port")
                .hasValue("https://chantilly.example.org/console/");
        assertThat(exposed.httpsLocation("[2001:db8::1]", "/api/tasks", "203.0.113.9"))
                .hasValue("https://[2001:db8::1]:8443/api/tasks");
        assertThat(exposed.httpsLocation("2001:db8::1", "/api/tasks", "203.0.113.9"))
                .hasValue("https://[2001:db8::1]:8443/api/tasks");
        assertThat(exposed.httpsLocation("evil.example/x?", "/", "203.0.113.9")).isEmpty();
        assertThat(exposed.httpsLocation(null, "/", "203.0.113.9")).isEmpty();
        assertThat(exposed.httpsLocation("host", "http://elsewhere/", "203.0.113.9")).hasValue("https://host:8443/");
    }

    @Test
    void strictTransportSecurityOnlyOverTlsAndNeverForLocalhost() {
        TransportSecurity local = TransportSecurity.of(ListenersTest.on("127.0.0.1"), proxy, null);
        assertThat(local.strictTransport(true, "chantilly.example.org")).isTrue();
        assertThat(local.strictTransport(false, "chantilly.example.org")).isFalse();
        assertThat(local.strictTransport(true, "localhost")).as("every local port would be HTTPS").isFalse();
        assertThat(local.strictTransport(true, "app.localhost")).isFalse();
        assertThat(local.secure(false, "10.0.0.5", "https")).isTrue();
    }
}
