package org.coopflow.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How fresh the operations figures are ({@code coopflow.monitoring.*}).
 *
 * @param figuresInterval how often one node of the cluster computes the figures
 * @param refreshInterval how often each node reads them for its gauges
 * @param overdueTimerGrace a timer due longer ago than this, and still not fired, counts as overdue
 */
@ConfigurationProperties("coopflow.monitoring")
public record MonitoringSettings(@DefaultValue("PT1M") Duration figuresInterval,
                                 @DefaultValue("PT15S") Duration refreshInterval,
                                 @DefaultValue("PT1M") Duration overdueTimerGrace) {
}
