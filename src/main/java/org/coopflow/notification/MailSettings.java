package org.coopflow.notification;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * E-mail settings ({@code coopflow.mail.*} in config/application.yml). Mail leaves only when {@code spring.mail.host}
 * is set; without it the outbox rows are the record (RECORDED).
 *
 * @param from   the sender address
 * @param outbox how the outbox is drained
 */
@ConfigurationProperties("coopflow.mail")
public record MailSettings(@DefaultValue("coopflow@localhost") String from, @DefaultValue Outbox outbox) {

    /**
     * @param pollInterval     how often each node looks for due mail (a node also looks right after its own
     *                         transactions that wrote mail)
     * @param batchSize        due rows read at a time
     * @param maxAttempts      attempts before a mail the server keeps deferring ends as FAILED
     * @param firstRetry       wait after the first failed attempt; doubled after each further one
     * @param maxRetryInterval the longest wait between two attempts
     * @param lockAtMostFor    how long a node may hold the outbox: a node that dies while draining is relieved by
     *                         another after this; a pass stops taking new rows after half of it
     * @param staleAfter       a due mail still waiting this long makes the outbox health WARN
     */
    public record Outbox(@DefaultValue("PT5S") Duration pollInterval,
                         @DefaultValue("50") int batchSize,
                         @DefaultValue("12") int maxAttempts,
                         @DefaultValue("PT1M") Duration firstRetry,
                         @DefaultValue("PT1H") Duration maxRetryInterval,
                         @DefaultValue("PT1M") Duration lockAtMostFor,
                         @DefaultValue("PT15M") Duration staleAfter) {

        /** The wait before attempt {@code attempts + 1}: first-retry, doubled each time, at most max-retry-interval. */
        Duration retryDelay(int attempts) {
            Duration delay = firstRetry;
            for (int i = 1; i < attempts && delay.compareTo(maxRetryInterval) < 0; i++) {
                delay = delay.multipliedBy(2);
            }
            return delay.compareTo(maxRetryInterval) > 0 ? maxRetryInterval : delay;
        }
    }
}
