package org.coopflow.calendar;

import java.time.LocalDate;

/**
 * A day off in a calendar.
 *
 * @param code   for the holidays CoopFlow computes (Korea's statutory ones): the message key suffix of its name
 *               ({@code calendar.holiday.<code>}); null for the days an ADMIN entered
 * @param name   the name an ADMIN gave (one-off Korean days, partner holidays); null for computed ones
 * @param source where the day comes from
 */
public record Holiday(LocalDate date, String code, String name, Source source) {

    public enum Source {
        /** Korea: fixed-date and lunar public holidays of the Regulations on Holidays of Government Offices. */
        STATUTORY,
        /** Korea: a substitute holiday for a holiday that fell on a weekend or on another holiday. */
        SUBSTITUTE,
        /** Korea: a day an ADMIN added (an election day, a temporary public holiday). */
        ONE_OFF,
        /** A partner country's holiday on the same day every year. */
        ANNUAL,
        /** A partner country's holiday on one date (lunar and Easter holidays, one-off days). */
        DATED
    }

    static Holiday computed(LocalDate date, String code, Source source) {
        return new Holiday(date, code, null, source);
    }

    static Holiday named(LocalDate date, String name, Source source) {
        return new Holiday(date, null, name, source);
    }
}
