package org.auditio.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ThrottleKeysTest {

    @Test
    void ipv6_addresses_of_one_network_count_as_one_and_ipv4_addresses_one_by_one() {
        assertThat(ThrottleKeys.address("2001:db8:1:2::17"))
                .isEqualTo(ThrottleKeys.address("2001:db8:1:2:ffff:0:0:9"))
                .isEqualTo("address:20010db800010002::/64");
        assertThat(ThrottleKeys.address("2001:db8:1:3::17")).isNotEqualTo(ThrottleKeys.address("2001:db8:1:2::17"));
        assertThat(ThrottleKeys.address("192.0.2.1")).isEqualTo("address:192.0.2.1");
        assertThat(ThrottleKeys.address("unknown")).isEqualTo("address:unknown");
    }

    @Test
    void account_names_count_whatever_their_case_and_an_overlong_name_still_fits_the_column() {
        assertThat(ThrottleKeys.account(" Ada@Example.org ")).isEqualTo("account:ada@example.org");
        String overlong = "x".repeat(5000) + "@example.org";
        assertThat(ThrottleKeys.account(overlong)).hasSizeLessThanOrEqualTo(ThrottleKeys.LONGEST);
        assertThat(ThrottleKeys.pair(overlong, "192.0.2.1")).hasSizeLessThanOrEqualTo(ThrottleKeys.LONGEST);
        assertThat(ThrottleKeys.pair(overlong, "192.0.2.1")).isNotEqualTo(ThrottleKeys.pair(overlong, "192.0.2.2"));
    }
}
