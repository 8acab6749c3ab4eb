package org.auditio.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.auditio.accounts.internal.PasswordPolicy;
import org.auditio.common.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "correct horse battery staple",
                "Le chœur chante à Toulouse",
                "mon piano accordé en 2019",
                "tenor-who-sings-alto-now",
                "ÉtéIndienÀNancy2019!"
            })
    void long_uncommon_phrases_are_accepted(String password) {
        assertThat(policy.check(password, "someone@example.org")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "short pass, password.too-short",
        "passwordpassword1, password.too-common",
        "iloveyouiloveyou, password.too-common",
        "qwertyuiopasdfghjkl, password.too-common",
        "123456789012345, password.too-common",
        "aaaaaaaaaaaaaaaa, password.too-common",
        "Password Password 2024!, password.too-common",
        "motdepassemotdepasse, password.too-common",
        "camille.durand is my name, password.contains-email"
    })
    void weak_passwords_are_refused_with_the_reason(String password, String reason) {
        assertThat(policy.check(password, "camille.durand@example.org"))
                .map(UserError::messageKey)
                .contains(reason);
    }

    @Test
    void length_counts_characters_not_bytes_and_has_an_upper_bound() {
        assertThat(policy.check("été à Noël, ça ira", "x@example.org")).isEmpty();
        assertThat(policy.check("a fine phrase ".repeat(10), "x@example.org"))
                .map(UserError::messageKey)
                .contains("password.too-long");
    }
}
