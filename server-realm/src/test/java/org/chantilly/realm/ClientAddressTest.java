package org.chantilly.realm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressTest {

    @Test
    void thePeerCountsUnlessItIsATrustedProxy() {
        ClientAddress none = ClientAddress.trusting("");
        assertThat(none.of("192.0.2.1", "203.0.113.9")).as("nobody's X-Forwarded-For is believed")
                .isEqualTo("192.0.2.1");
        ClientAddress proxy = ClientAddress.trusting("10.0.0.0/8");
        assertThat(proxy.of("10.1.2.3", "203.0.113.9")).isEqualTo("203.0.113.9");
        assertThat(proxy.of("10.1.2.3", "198.51.100.1, 203.0.113.9, 10.0.0.2"))
                .as("the last hop that is no trusted proxy").isEqualTo("203.0.113.9");
        assertThat(proxy.of("10.1.2.3", "not-an-address")).isEqualTo("10.1.2.3");
    }

    @Test
    void anIpv6ClientCountsByItsSlash64() {
        ClientAddress none = ClientAddress.trusting(null);
        assertThat(none.of("2001:db8:1:2:aaaa::1", null)).isEqualTo(none.of("2001:db8:1:2:bbbb::9", null))
                .isEqualTo("2001:db8:1:2::/64");
    }
}
