package org.coopflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import com.ibm.icu.util.Calendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;

/**
 * Gregorian dates of days of the Korean lunisolar calendar (ICU's {@code DangiCalendar}, computed for Korea's
 * meridian as the Korea Astronomy and Space Science Institute does), for the lunar public holidays.
 */
final class LunarDates {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ULocale DANGI = new ULocale("ko_KR@calendar=dangi");

    private LunarDates() {
    }

    /** The Gregorian date of a day of a (non-leap) lunar month of the lunar year that begins in this Gregorian year. */
    static LocalDate of(int gregorianYear, int lunarMonth, int lunarDay) {
        // ICU's public way to a DangiCalendar (its constructors are marked internal)
        Calendar lunar = Calendar.getInstance(TimeZone.getTimeZone(SEOUL.getId()), DANGI);
        // mid-year, the lunar year under way is always the one whose new year fell in January or February
        lunar.setTimeInMillis(LocalDate.of(gregorianYear, 7, 1).atStartOfDay(SEOUL).toInstant().toEpochMilli());
        int extendedYear = lunar.get(Calendar.EXTENDED_YEAR);
        lunar.clear();
        lunar.set(Calendar.EXTENDED_YEAR, extendedYear);
        lunar.set(Calendar.MONTH, lunarMonth - 1);
        lunar.set(Calendar.IS_LEAP_MONTH, 0);
        lunar.set(Calendar.DAY_OF_MONTH, lunarDay);
        return Instant.ofEpochMilli(lunar.getTimeInMillis()).atZone(SEOUL).toLocalDate();
    }

    /** Seollal: the first day of the first lunar month. */
    static LocalDate newYear(int gregorianYear) {
        return of(gregorianYear, 1, 1);
    }
}
