package org.coopflow.monitoring;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.stereotype.Component;

/**
 * Failed sign-ins (form and HTTP Basic) by reason, and sign-ins refused because the account is locked, from Spring
 * Security's authentication events: {@code coopflow_signin_failures_total{reason}} and
 * {@code coopflow_signin_lockouts_total}. Per node; a dashboard sums the nodes.
 */
@Component
class SignInMetrics {

    private final MeterRegistry meters;

    SignInMetrics(MeterRegistry meters) {
        this.meters = meters;
        meters.counter("coopflow.signin.lockouts");
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        meters.counter("coopflow.signin.failures", "reason", reason(event)).increment();
        if (event instanceof AuthenticationFailureLockedEvent) {
            meters.counter("coopflow.signin.lockouts").increment();
        }
    }

    /** AuthenticationFailureBadCredentialsEvent → bad_credentials, ...LockedEvent → locked. */
    static String reason(AbstractAuthenticationFailureEvent event) {
        String name = event.getClass().getSimpleName().replace("AuthenticationFailure", "").replace("Event", "");
        return name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
