package org.coopflow.support;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
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
@Import(SecurityIntegrationTest.ThroughTheProxy.class)
public abstract class SecurityIntegrationTest extends MariaDbIntegrationTest {

    /**
     * The pool connects through the relay. (A @DynamicPropertySource here would lose to the base class's, which
     * registers the direct URL after it.)
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ThroughTheProxy {

        @Bean
        static BeanPostProcessor databaseThroughTheProxy() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessBeforeInitialization(Object bean, String beanName) {
                    if (bean instanceof HikariDataSource pool) {
                        pool.setJdbcUrl(DatabaseProxy.instance().url());
                    }
                    return bean;
                }
            };
        }
    }
}
