package org.coopflow.absence;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The scan that starts and ends absences at their first and after their last day ({@code coopflow.absences.*}).
 *
 * @param scan      whether this node looks (the tests move the engine's clock and run it by hand)
 * @param scanEvery how often
 */
@ConfigurationProperties("coopflow.absences")
public record AbsenceSettings(@DefaultValue("true") boolean scan, @DefaultValue("PT1M") Duration scanEvery) {
}
