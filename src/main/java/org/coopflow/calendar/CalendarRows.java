package org.coopflow.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** The rows of the calendar tables, as the mapper reads them. */
final class CalendarRows {

    private CalendarRows() {
    }

    /** A day off in Korea that an ADMIN added; removed rows keep who removed them and when. */
    record KoreanDayRow(Long id, LocalDate holidayDate, String name, String addedBy, Instant addedAt,
                        String removedBy, Instant removedAt) {

        boolean live() {
            return removedAt == null;
        }
    }

    record CountryRow(String countryCode, String timeZone, String weekendDays, String changedBy, Instant changedAt) {
    }

    /** Every year on annualMonth/annualDay, or once on holidayDate. */
    record CountryHolidayRow(Long id, String countryCode, String name, LocalDate holidayDate, Integer annualMonth,
                             Integer annualDay, String addedBy, Instant addedAt, String removedBy,
                             Instant removedAt) {

        boolean live() {
            return removedAt == null;
        }

        boolean annual() {
            return holidayDate == null;
        }
    }

    record OrganisationZoneRow(String code, String kind, String name, String countryCode, String timeZone,
                               String timeZoneChangedBy, Instant timeZoneChangedAt) {
    }
}
