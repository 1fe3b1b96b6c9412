package org.coopflow.routing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.coopflow.calendar.CalendarKind;
import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.request.RequestProcess;
import org.springframework.stereotype.Component;

/**
 * Due dates and timer durations in service-level days, for the models' expressions ({@code ${dueDates.startOf(…)}};
 * a step's own due date is {@code ${deadlines.due(execution)}}, org.coopflow.deadline). Uses the engine's clock so
 * tests can move time.
 *
 * <p>Working days count a calendar of {@link WorkingCalendars}: Korea's (weekends, public and substitute holidays,
 * one-off days, in Asia/Seoul) or the request's partner's (its country's weekend and holidays in its time zone);
 * N working days are due at 18:00 local time on the Nth working day after today. A short demo "day"
 * ({@code coopflow.process.day}) compresses the calendar rather than switching it off.
 */
@Component("dueDates")
public class DueDates {

    private static final ZoneId SEOUL = WorkingCalendars.SEOUL;

    private final ProcessSettings settings;
    private final WorkingCalendars calendars;

    DueDates(ProcessSettings settings, WorkingCalendars calendars) {
        this.settings = settings;
        this.calendars = calendars;
    }

    /** This many service-level days from now, weekends and holidays included. */
    public Date afterDays(Integer days) {
        return Date.from(now().plus(settings.dayLength().multipliedBy(days)));
    }

    /** This many Korean working days from now (Korean officials' deadlines). */
    public Date afterWorkingDays(Integer days) {
        return Date.from(calendars.due(CalendarKind.KOREA, null, now(), days));
    }

    /**
     * This many working days from now in a calendar named by the serviceLevels decision: {@code KOREA}, or
     * {@code PARTNER} for the request's partner organisation
     * ({@code ${dueDates.afterWorkingDaysOf(execution, 'PARTNER', 10)}}).
     */
    public Date afterWorkingDaysOf(VariableScope scope, String calendar, Integer days) {
        return Date.from(due(scope, calendar, now(), days));
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

    Instant due(VariableScope scope, String calendar, Instant start, int days) {
        CalendarKind kind = CalendarKind.valueOf(calendar);
        return calendars.due(kind, kind == CalendarKind.PARTNER ? partnerOrganisation(scope) : null, start, days);
    }

    /** The request's partner organisation, from its candidate group ({@code partner:KH-MOI}). */
    static String partnerOrganisation(VariableScope scope) {
        Object group = scope.getVariable(RequestProcess.VAR_PARTNER_GROUP);
        String prefix = "partner:";
        if (!(group instanceof String g) || !g.startsWith(prefix)) {
            throw new IllegalStateException("The process has no partner group to take a partner calendar from");
        }
        return g.substring(prefix.length());
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
