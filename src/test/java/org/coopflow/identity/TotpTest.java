package org.coopflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6238's test vectors (appendix B, SHA-1), base32 (RFC 4648) both ways, and the window of accepted codes. */
class TotpTest {

    private static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "T = {0}")
    @CsvSource({"59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130"})
    void rfc6238Sha1Vectors(long time, String expected) {
        assertThat(Totp.code(RFC_SECRET, Totp.step(time), 8, "HmacSHA1")).isEqualTo(expected);
    }

    @Test
    void base32OfTheRfcSecretRoundTrips() {
        String encoded = Totp.base32(RFC_SECRET);
        assertThat(encoded).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.decodeBase32(encoded)).isEqualTo(RFC_SECRET);
        assertThat(Totp.decodeBase32(Totp.newSecret())).hasSize(20);
    }

    @Test
    void acceptsTheCodeOfNowAndOfOneStepEitherSideOnly() {
        String secret = Totp.base32(RFC_SECRET);
        long now = 1_700_000_000L;
        long step = Totp.step(now);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step), now)).isEqualTo(step);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 1), now)).isEqualTo(step - 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 1), now)).isEqualTo(step + 1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step - 2), now)).isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, Totp.code(secret, step + 2), now)).isEqualTo(-1);
        String spaced = Totp.code(secret, step).substring(0, 3) + " " + Totp.code(secret, step).substring(3);
        assertThat(Totp.matchingStep(secret, spaced, now)).as("as apps show it").isEqualTo(step);
        for (String bad : new String[]{null, "", "12345", "1234567", "abcdef", "12345x"}) {
            assertThat(Totp.matchingStep(secret, bad, now)).as(bad).isEqualTo(-1);
        }
    }
}
