package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chantilly.platform.api.Listeners.Listener;
import org.junit.jupiter.api.Test;

class ListenersTest {

    static Listeners on(String address) {
        return new Listeners(List.of(new Listener("default", false, address, 8080),
                new Listener("https", true, address, 8443)));
    }

    @Test
    void onlyLoopbackAddressesKeepOtherMachinesOut() {
        assertThat(on("127.0.0.1").loopbackOnly()).isTrue();
        assertThat(on("127.1.2.3").loopbackOnly()).isTrue();
        assertThat(on("::1").loopbackOnly()).isTrue();
        assertThat(on("0:0:0:0:0:0:0:1").loopbackOnly()).isTrue();
        assertThat(on("localhost").loopbackOnly()).as("a host name by what it resolves to").isTrue();
        assertThat(on("0.0.0.0").loopbackOnly()).as("every address").isFalse();
        assertThat(on("::").loopbackOnly()).as("every address").isFalse();
        assertThat(on("192.0.2.2").loopbackOnly()).isFalse();
        assertThat(on("fd00::2").loopbackOnly()).isFalse();
        assertThat(on("").loopbackOnly()).isFalse();
        assertThat(new Listeners(List.of()).loopbackOnly()).as("no listener known").isFalse();
    }

    @Test
    void oneListenerOnAnotherAddressIsEnough() {
        Listeners mixed = new Listeners(List.of(new Listener("default", false, "127.0.0.1", 8080),
                new Listener("https", true, "0.0.0.0", 8443)));
        assertThat(mixed.loopbackOnly()).isFalse();
        assertThat(mixed.describe()).isEqualTo("http 127.0.0.1:8080, https 0.0.0.0:8443");
    }

    @Test
    void portsByKind() {
        Listeners listeners = new Listeners(List.of(new Listener("default", false, "::1", 8180),
                new Listener("https", true, "::1", 8543)));
        assertThat(listeners.plainPort()).hasValue(8180);
        assertThat(listeners.tlsPort()).hasValue(8543);
        assertThat(listeners.describe()).isEqualTo("http [::1]:8180, https [::1]:8543");
        assertThat(new Listeners(List.of(new Listener("default", false, "::1", 8080))).tlsPort()).isEmpty();
    }
}
