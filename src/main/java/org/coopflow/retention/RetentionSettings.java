package org.coopflow.retention;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long history is kept ({@code coopflow.retention.*} in config/application.yml). Other modules read it here.
 *
 * @param engineHistory the engine's history time-to-live for every process and decision (whole days), whatever
 *                      the models say; the engine's history cleanup removes an instance's history this long after
 *                      it ended
 * @param processes     per process or decision key, a time-to-live other than {@code engineHistory}
 * @param audit         how long CoopFlow's own audit trail is kept: {@code forever} (the default), or a duration in
 *                      whole days such as {@code P3650D}. The audit never depends on the engine's history.
 * @param cleanup       when and how the engine's history cleanup runs
 */
@ConfigurationProperties("coopflow.retention")
public record RetentionSettings(@DefaultValue("P180D") Duration engineHistory, Map<String, Duration> processes,
                               @DefaultValue("forever") String audit, @DefaultValue Cleanup cleanup) {

    /**
     * The engine's history cleanup (README, "Retention").
     *
     * @param windowStart the nightly window's start, HH:mm in the server's time zone
     * @param windowEnd   its end
     * @param batchSize   rows deleted per history table in one transaction (the engine allows at most 500)
     * @param parallelism cleanup jobs running at once (1 to 8)
     */
    public record Cleanup(@DefaultValue("01:00") String windowStart, @DefaultValue("05:00") String windowEnd,
                          @DefaultValue("500") int batchSize, @DefaultValue("1") int parallelism) {

        public Cleanup {
            if (batchSize < 1 || batchSize > 500) {
                throw new IllegalArgumentException("coopflow.retention.cleanup.batch-size must be 1 to 500, not "
                        + batchSize);
            }
            if (parallelism < 1 || parallelism > 8) {
                throw new IllegalArgumentException("coopflow.retention.cleanup.parallelism must be 1 to 8, not "
                        + parallelism);
            }
        }
    }

    public static final String FOREVER = "forever";

    public RetentionSettings {
        processes = processes == null ? Map.of() : Map.copyOf(processes);
        requireWholeDays("coopflow.retention.engine-history", engineHistory);
        processes.forEach((key, ttl) -> requireWholeDays("coopflow.retention.processes." + key, ttl));
        if (!FOREVER.equalsIgnoreCase(audit)) {
            requireWholeDays("coopflow.retention.audit", parse(audit));
        }
    }

    /** The time-to-live of a process or decision definition, in days (the engine's unit). */
    public int historyDays(String definitionKey) {
        return (int) processes.getOrDefault(definitionKey, engineHistory).toDays();
    }

    public int engineHistoryDays() {
        return (int) engineHistory.toDays();
    }

    /** Empty when the audit trail is kept forever. */
    public Optional<Duration> auditPeriod() {
        return FOREVER.equalsIgnoreCase(audit) ? Optional.empty() : Optional.of(parse(audit));
    }

    private static Duration parse(String value) {
        try {
            return Duration.parse(value);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("coopflow.retention.audit must be 'forever' or a duration in days such"
                    + " as P3650D, not '" + value + "'");
        }
    }

    private static void requireWholeDays(String setting, Duration value) {
        if (value == null || value.isNegative() || !value.equals(Duration.ofDays(value.toDays()))) {
            throw new IllegalArgumentException(setting + " must be a whole number of days (e.g. P180D), not " + value);
        }
    }
}
