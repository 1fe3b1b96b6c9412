package org.coopflow.routing;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer durations from service-level days, for the models' expressions
 * ({@code ${dueDates.afterDays(feedbackDays)}}). Uses the engine's clock so tests can move time.
 * Working days skip weekends in Korea's time zone.
 */
@Component("dueDates")
public class DueDates {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    private final ProcessSettings settings;

    DueDates(ProcessSettings settings) {
        this.settings = settings;
    }

    public Date afterDays(Integer days) {
        return Date.from(now().plus(settings.dayLength().multipliedBy(days)));
    }

    public Date afterWorkingDays(Integer days) {
        if (!settings.realDays()) {
            return afterDays(days);
        }
        ZonedDateTime due = now().atZone(SEOUL);
        int left = days;
        while (left > 0) {
            due = due.plusDays(1);
            if (due.getDayOfWeek() != DayOfWeek.SATURDAY && due.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return Date.from(due.toInstant());
    }

    /** An ISO-8601 duration of this many service-level days, for timer definitions. */
    public String duration(Integer days) {
        Duration length = settings.dayLength().multipliedBy(days);
        return length.toString();
    }

    /** The start (00:00 Seoul time) of an ISO date such as a consultation's first day. */
    public Date startOf(String isoDate) {
        return Date.from(LocalDate.parse(isoDate).atStartOfDay(SEOUL).toInstant());
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
