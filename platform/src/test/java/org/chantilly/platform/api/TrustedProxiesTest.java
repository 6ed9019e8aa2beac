package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies proxies = TrustedProxies.of("127.0.0.1, 10.0.0.0/8 fd00::/8");

    @Test
    void onlyTheConfiguredProxiesAreTrusted() {
        assertThat(proxies.trusts("127.0.0.1")).isTrue();
        assertThat(proxies.trusts("10.200.3.4")).isTrue();
        assertThat(proxies.trusts("11.0.0.1")).isFalse();
        assertThat(proxies.trusts("fd12:3456::1")).isTrue();
        assertThat(proxies.trusts("2001:db8::1")).isFalse();
        assertThat(proxies.trusts("localhost")).as("no host names").isFalse();
        assertThat(TrustedProxies.none().trusts("127.0.0.1")).isFalse();
    }

    @Test
    void theClientIsTheLastUntrustedHopAndOnlyATrustedProxyMayNameIt() {
        assertThat(proxies.clientAddress("10.0.0.5", "198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(proxies.clientAddress("10.0.0.5", "1.2.3.4, 198.51.100.7, 10.0.0.9")).as("what the client wrote")
                .isEqualTo("198.51.100.7");
        assertThat(proxies.clientAddress("203.0.113.9", "1.2.3.4")).as("an untrusted peer's header")
                .isEqualTo("203.0.113.9");
        assertThat(proxies.clientAddress("10.0.0.5", "not-an-address")).isEqualTo("10.0.0.5");
        assertThat(proxies.clientAddress("10.0.0.5", "[2001:db8::7]:4711")).isEqualTo("2001:db8::7");
        assertThat(proxies.clientAddress("10.0.0.5", "198.51.100.7:4711")).isEqualTo("198.51.100.7");
    }

    @Test
    void tlsIsBelievedFromTheConnectionOrATrustedProxy() {
        assertThat(proxies.secure(true, "203.0.113.9", null)).isTrue();
        assertThat(proxies.secure(false, "10.0.0.5", "https")).isTrue();
        assertThat(proxies.secure(false, "203.0.113.9", "https")).isFalse();
        assertThat(proxies.secure(false, "10.0.0.5", "http")).isFalse();
    }

    @Test
    void ipv6ClientsCountByTheirSlash64() {
        assertThat(TrustedProxies.limitKey("2001:db8:1:2:aaaa::1")).isEqualTo(TrustedProxies.limitKey("2001:db8:1:2::ffff"));
        assertThat(TrustedProxies.limitKey("2001:db8:1:2::1")).isNotEqualTo(TrustedProxies.limitKey("2001:db8:1:3::1"));
        assertThat(TrustedProxies.limitKey("192.0.2.1")).isEqualTo("192.0.2.1");
    }

    @Test
    void aWrongEntryIsNamed() {
        assertThatThrownBy(() -> TrustedProxies.of("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
        assertThatThrownBy(() -> TrustedProxies.of("proxy.example.org")).hasMessageContaining("proxy.example.org");
    }
}
