package org.coopflow.routing;

import java.time.Duration;
import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Timer settings of the process ({@code coopflow.process.*} in config/application.yml).
 *
 * @param day              how long one service-level day lasts (P1D; demos shorten it, which compresses the
 *                         working-day calendars the same way: see org.coopflow.calendar.DayTimeline)
 * @param followUpInterval time between follow-up reports
 * @param followUpRounds   number of follow-up reports
 */
@ConfigurationProperties("coopflow.process")
public record ProcessSettings(@DefaultValue("P1D") String day, @DefaultValue("P3M") String followUpInterval,
                              @DefaultValue("4") int followUpRounds) {

    /** The length of a day as a duration (P1D or a shorter ISO duration such as PT1M). */
    Duration dayLength() {
        return day.contains("T") ? Duration.parse(day) : Duration.ofDays(Period.parse(day).getDays());
    }
}
