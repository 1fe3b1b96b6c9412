package org.coopflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

class RememberingPasswordEncoderTest {

    private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    private final AtomicInteger checks = new AtomicInteger();
    private final AtomicLong clock = new AtomicLong(1_000);
    private final PasswordEncoder counting = new PasswordEncoder() {
        @Override
        public String encode(CharSequence raw) {
            return bcrypt.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            checks.incrementAndGet();
            return bcrypt.matches(raw, encoded);
        }
    };
    private final RememberingPasswordEncoder encoder =
            new RememberingPasswordEncoder(counting, Duration.ofMinutes(5), 3, clock::get);

    @Test
    void aVerifiedPasswordIsNotCheckedAgainUntilTheMemoryExpires() {
        String hash = encoder.encode("demo");

        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(checks).hasValue(1);

        clock.addAndGet(Duration.ofMinutes(5).toNanos());
        assertThat(encoder.matches("demo", hash)).isTrue();
        assertThat(checks).hasValue(2);
    }

    @Test
    void wrongPasswordsAreCheckedEveryTimeAndNeverRemembered() {
        String hash = encoder.encode("demo");
        encoder.matches("demo", hash);

        assertThat(encoder.matches("Demo", hash)).isFalse();
        assertThat(encoder.matches("Demo", hash)).isFalse();
        assertThat(encoder.matches("demo\u0000", hash)).isFalse();
        assertThat(checks).hasValue(4);
        assertThat(encoder.size()).isEqualTo(1);
    }

    @Test
    void aChangedPasswordHashIsCheckedAfresh() {
        String oldHash = encoder.encode("demo");
        String newHash = encoder.encode("changed");
        encoder.matches("demo", oldHash);

        assertThat(encoder.matches("demo", newHash)).isFalse();
        assertThat(encoder.matches("changed", newHash)).isTrue();
        assertThat(checks).hasValue(3);
    }

    @Test
    void theMemoryIsBounded() {
        for (int i = 0; i < 10; i++) {
            String password = "password-" + i;
            assertThat(encoder.matches(password, encoder.encode(password))).isTrue();
        }

        assertThat(encoder.size()).isLessThanOrEqualTo(3);
    }

    @Test
    void aZeroLifetimeTurnsTheMemoryOff() {
        RememberingPasswordEncoder off = new RememberingPasswordEncoder(counting, Duration.ZERO, 3, clock::get);
        String hash = off.encode("demo");

        off.matches("demo", hash);
        off.matches("demo", hash);

        assertThat(checks).hasValue(2);
        assertThat(off.size()).isZero();
    }
}
