package org.coopflow.deadline;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The escalation ladders' scan ({@code coopflow.deadlines.*}).
 *
 * @param scan       whether this node looks for rungs that are due (the tests drive it by hand instead)
 * @param scanEvery  how often; reminders go out at most this late
 * @param scanBatch  rungs taken per look, each in its own transaction
 * @param retryAfter a rung that failed (a broken mail template, the database away) is tried again after this
 */
@ConfigurationProperties("coopflow.deadlines")
public record DeadlineSettings(@DefaultValue("true") boolean scan, @DefaultValue("PT30S") Duration scanEvery,
                               @DefaultValue("100") int scanBatch, @DefaultValue("PT10M") Duration retryAfter) {
}
