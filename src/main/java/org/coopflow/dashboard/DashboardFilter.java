package org.coopflow.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Which requests the dashboard counts; null means "any". Every figure is about the requests that match,
 * including their tasks, stage times and MOUs.
 *
 * @param createdFrom requests created at or after this instant
 * @param createdTo   requests created before this instant (exclusive)
 */
public record DashboardFilter(Instant createdFrom, Instant createdTo, String sector, String country) {

    public static DashboardFilter none() {
        return new DashboardFilter(null, null, null, null);
    }

    /**
     * Whether every request matches (no filter at all): then the figures need not look at the requests' rows.
     * (A method, not a getter, so it is no property of the API's JSON.)
     */
    public boolean matchesEverything() {
        return createdFrom == null && createdTo == null && sector == null && country == null;
    }

    /** Calendar days as the reader means them: "from 3 March to 5 March" is whole days in their time zone. */
    public static DashboardFilter of(LocalDate from, LocalDate to, String sector, String country, ZoneId zone) {
        return new DashboardFilter(from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), blankToNull(sector),
                blankToNull(country));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
