package org.chantilly.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.chantilly.realm.ClientAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server realm counts failed logins by client address with its own copy of these rules (it is a server module and
 * cannot load this class): both must name the same client, or a proxy's clients would share one budget.
 */
class ClientAddressAgreementTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|192.0.2.1|203.0.113.9",
            "10.0.0.0/8|10.1.2.3|203.0.113.9",
            "10.0.0.0/8|10.1.2.3|198.51.100.1, 203.0.113.9, 10.0.0.2",
            "10.0.0.0/8|10.1.2.3|not-an-address",
            "10.0.0.0/8|10.1.2.3|'[2001:db8::7]:4711'",
            "10.0.0.0/8, ::1|::1|2001:db8:1:2:aaaa::1",
            "127.0.0.1|127.0.0.1|192.0.2.1:4711",
            "127.0.0.1|127.0.0.1|''"})
    void theRealmNamesTheClientAsTheApplicationDoes(String trusted, String peer, String forwardedFor) {
        String application = TrustedProxies.limitKey(TrustedProxies.of(trusted).clientAddress(peer, forwardedFor));
        assertThat(ClientAddress.trusting(trusted).of(peer, forwardedFor)).isEqualTo(application);
    }
}
