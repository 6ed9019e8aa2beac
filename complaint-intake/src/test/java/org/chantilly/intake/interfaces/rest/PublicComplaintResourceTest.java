package org.chantilly.intake.interfaces.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.chantilly.platform.api.TrustedProxies;
import org.junit.jupiter.api.Test;

class PublicComplaintResourceTest {

    @Test
    void eachClientKeepsItsIdempotencyKeysApartWithoutItsAddressInTheClear() {
        String owner = PublicComplaintResource.keyOwner(TrustedProxies.limitKey("198.51.100.7"));
        assertThat(owner).startsWith("web-form ").hasSizeLessThanOrEqualTo(64).doesNotContain("198.51");
        assertThat(PublicComplaintResource.keyOwner(TrustedProxies.limitKey("198.51.100.8"))).isNotEqualTo(owner);
        assertThat(PublicComplaintResource.keyOwner(TrustedProxies.limitKey("2001:db8:1:2::1")))
                .as("one /64, one owner")
                .isEqualTo(PublicComplaintResource.keyOwner(TrustedProxies.limitKey("2001:db8:1:2:aaaa::9")));
        assertThat(PublicComplaintResource.keyOwner("198.51.100.7")).isEqualTo(owner);
    }
}
