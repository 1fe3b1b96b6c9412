package org.coopflow.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "short pass,          password.tooShort",
            "password1234,        password.common",
            "Password123!,        password.common",
            "qwertyuiop12,        password.common",
            "iloveyou1234,        password.common",
            "aaaaaaaaaaaaaaaa,    password.common",
            "kim-minjun-2026!,    password.containsUsername"})
    void refuses(String password, String reason) {
        assertThat(policy.problem(password, "kim-minjun")).isEqualTo(reason);
    }

    @Test
    void acceptsLongUnusualPassphrasesInAnyScript() {
        assertThat(policy.problem("Correct horse battery staple", "kim-minjun")).isNull();
        assertThat(policy.problem("서울 비빔밥 자전거 우산", "kim-minjun")).isNull();
        assertThat(policy.problem("Tortilla-volcán-lluvia7", "partner-gt")).isNull();
    }

    @Test
    void refusesWhatBcryptWouldCutShort() {
        assertThat(policy.problem("x".repeat(30) + "y".repeat(30) + "z".repeat(13), "someone")).isEqualTo("password.tooLong");
        assertThat(policy.problem("가나다라마바사아자차카타파하".repeat(2), "someone")).isEqualTo("password.tooLong");
    }

    @Test
    void temporaryPasswordsPassThePolicyAndDiffer() {
        String first = policy.temporary();
        assertThat(first).hasSize(16);
        assertThat(policy.problem(first, "new-user")).isNull();
        assertThat(policy.temporary()).isNotEqualTo(first);
    }
}
