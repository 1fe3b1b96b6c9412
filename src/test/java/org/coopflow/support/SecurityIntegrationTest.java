package org.coopflow.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The application as {@link MariaDbIntegrationTest} runs it, with sign-in limits small enough to reach in a test
 * (5 failures lock, waits of 0.2 to 0.4 s), LEGAL required to use a second factor, and the database reached through a
 * {@link DatabaseProxy} that a test may cut. A second application context, shared by the tests extending this class.
 */
@TestPropertySource(properties = {
        "coopflow.security.max-failures=5",
        "coopflow.security.free-failures=2",
        "coopflow.security.delay=PT0.2S",
        "coopflow.security.max-delay=PT0.4S",
        "coopflow.security.lock-duration=PT10M",
        "coopflow.security.address-free-failures=12",
        "coopflow.security.mfa-required-roles=LEGAL",
        "spring.datasource.hikari.connection-timeout=2000"})
public abstract class SecurityIntegrationTest extends MariaDbIntegrationTest {

    @DynamicPropertySource
    static void proxiedDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DatabaseProxy.instance().url());
    }
}
