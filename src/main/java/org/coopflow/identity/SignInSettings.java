package org.coopflow.identity;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in throttling, lockout and second factor ({@code coopflow.security.*}).
 *
 * @param maxFailures         failed sign-ins in a row that lock an account
 * @param lockDuration        how long a locked account stays locked (an ADMIN may unlock it sooner); failures older
 *                            than this are forgotten
 * @param freeFailures        failures per account before each further attempt must wait
 * @param delay               the first wait, doubled with every further failure up to {@code maxDelay}
 * @param addressFreeFailures failures from one client address (over all accounts) before its attempts must wait
 * @param mfaRequiredRoles    roles that must sign in with a second factor (TOTP)
 */
@ConfigurationProperties("coopflow.security")
public record SignInSettings(@DefaultValue("10") int maxFailures, @DefaultValue("PT15M") Duration lockDuration,
                             @DefaultValue("3") int freeFailures, @DefaultValue("PT1S") Duration delay,
                             @DefaultValue("PT1M") Duration maxDelay, @DefaultValue("20") int addressFreeFailures,
                             @DefaultValue Set<Role> mfaRequiredRoles) {

    /** The wait after the n-th failure in a row (none while n is within the free failures). */
    public Duration delayAfter(int failures, int free) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - free, 20);
        Duration wait = delay.multipliedBy(1L << doublings);
        return wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    }
}
