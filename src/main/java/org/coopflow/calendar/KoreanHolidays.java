package org.coopflow.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.coopflow.calendar.Holiday.Source;

/**
 * Korea's public holidays as the Regulations on Holidays of Government Offices (관공서의 공휴일에 관한 규정) and
 * the Act on Public Holidays define them, computed for any year: the fixed-date days, the lunar ones (Seollal's
 * and Chuseok's three days, Buddha's Birthday) and the substitute holidays. One-off days (election days,
 * temporary holidays) are not computed: an ADMIN enters them.
 *
 * <p>Substitute holidays, as in force since 2023 (Constitution Day since it became a public holiday again, 2026):
 * <ul>
 *   <li>Seollal and Chuseok: a day of the three that falls on a Sunday or on another public holiday (a Saturday
 *       does not count);</li>
 *   <li>Independence Movement Day, Children's Day, Buddha's Birthday, Constitution Day, Liberation Day, National
 *       Foundation Day, Hangul Day and Christmas: the day falls on a Saturday, a Sunday or another public holiday;</li>
 *   <li>New Year's Day and Memorial Day: none.</li>
 * </ul>
 * Each day so lost gives one substitute: the first day after it that is neither a Saturday, a Sunday nor a public
 * holiday. Two holidays on one weekday lose one day (Children's Day and Buddha's Birthday on Monday 5 May 2025: one
 * substitute, 6 May); on a Sunday both are lost.
 */
final class KoreanHolidays {

    /** Constitution Day (17 July) became a public holiday again in 2026 (Act on Public Holidays, January 2026). */
    static final int CONSTITUTION_DAY_SINCE = 2026;

    private enum Substitute { NONE, SUNDAY_OR_OVERLAP, WEEKEND_OR_OVERLAP }

    private record Occurrence(LocalDate date, String code, Substitute rule) {
    }

    private KoreanHolidays() {
    }

    /** The year's public holidays, substitutes included, in date order (a date may appear twice). */
    static List<Holiday> of(int year) {
        List<Occurrence> days = occurrences(year);
        Set<LocalDate> taken = new HashSet<>();
        days.forEach(d -> taken.add(d.date()));
        List<Holiday> holidays = new ArrayList<>();
        days.forEach(d -> holidays.add(Holiday.computed(d.date(), d.code(), Source.STATUTORY)));
        for (Occurrence lost : lostDays(days)) {
            LocalDate substitute = lost.date().plusDays(1);
            while (isWeekend(substitute) || taken.contains(substitute)) {
                substitute = substitute.plusDays(1);
            }
            taken.add(substitute);
            holidays.add(Holiday.computed(substitute, lost.code(), Source.SUBSTITUTE));
        }
        holidays.sort(Comparator.comparing(Holiday::date));
        return holidays;
    }

    private static List<Occurrence> occurrences(int year) {
        List<Occurrence> days = new ArrayList<>();
        fixed(days, year, 1, 1, "NEW_YEAR", Substitute.NONE);
        LocalDate seollal = LunarDates.newYear(year);
        days.add(new Occurrence(seollal.minusDays(1), "SEOLLAL_EVE", Substitute.SUNDAY_OR_OVERLAP));
        days.add(new Occurrence(seollal, "SEOLLAL", Substitute.SUNDAY_OR_OVERLAP));
        days.add(new Occurrence(seollal.plusDays(1), "SEOLLAL_AFTER", Substitute.SUNDAY_OR_OVERLAP));
        fixed(days, year, 3, 1, "INDEPENDENCE_MOVEMENT", Substitute.WEEKEND_OR_OVERLAP);
        days.add(new Occurrence(LunarDates.of(year, 4, 8), "BUDDHA", Substitute.WEEKEND_OR_OVERLAP));
        fixed(days, year, 5, 5, "CHILDREN", Substitute.WEEKEND_OR_OVERLAP);
        fixed(days, year, 6, 6, "MEMORIAL", Substitute.NONE);
        if (year >= CONSTITUTION_DAY_SINCE) {
            fixed(days, year, 7, 17, "CONSTITUTION", Substitute.WEEKEND_OR_OVERLAP);
        }
        fixed(days, year, 8, 15, "LIBERATION", Substitute.WEEKEND_OR_OVERLAP);
        LocalDate chuseok = LunarDates.of(year, 8, 15);
        days.add(new Occurrence(chuseok.minusDays(1), "CHUSEOK_EVE", Substitute.SUNDAY_OR_OVERLAP));
        days.add(new Occurrence(chuseok, "CHUSEOK", Substitute.SUNDAY_OR_OVERLAP));
        days.add(new Occurrence(chuseok.plusDays(1), "CHUSEOK_AFTER", Substitute.SUNDAY_OR_OVERLAP));
        fixed(days, year, 10, 3, "FOUNDATION", Substitute.WEEKEND_OR_OVERLAP);
        fixed(days, year, 10, 9, "HANGUL", Substitute.WEEKEND_OR_OVERLAP);
        fixed(days, year, 12, 25, "CHRISTMAS", Substitute.WEEKEND_OR_OVERLAP);
        days.sort(Comparator.comparing(Occurrence::date));
        return days;
    }

    /**
     * The holidays that lost their day, in date order. A weekday holds one holiday; a Saturday holds one of
     * Seollal's or Chuseok's days (for which a Saturday does not count) but no other; a Sunday holds none.
     * A holiday without substitute rule takes the day first, so that the others keep their substitute.
     */
    private static List<Occurrence> lostDays(List<Occurrence> days) {
        Map<LocalDate, List<Occurrence>> byDate = new LinkedHashMap<>();
        days.forEach(d -> byDate.computeIfAbsent(d.date(), k -> new ArrayList<>()).add(d));
        List<Occurrence> lost = new ArrayList<>();
        byDate.forEach((date, onDate) -> {
            List<Occurrence> waiting = new ArrayList<>(onDate);
            waiting.sort(Comparator.comparing(o -> o.rule() != Substitute.NONE));
            DayOfWeek day = date.getDayOfWeek();
            if (day == DayOfWeek.SATURDAY) {
                waiting.stream().filter(o -> o.rule() != Substitute.WEEKEND_OR_OVERLAP).findFirst()
                        .ifPresent(waiting::remove);
            } else if (day != DayOfWeek.SUNDAY) {
                waiting.remove(0);
            }
            waiting.stream().filter(o -> o.rule() != Substitute.NONE).forEach(lost::add);
        });
        return lost;
    }

    private static void fixed(List<Occurrence> days, int year, int month, int day, String code, Substitute rule) {
        days.add(new Occurrence(MonthDay.of(month, day).atYear(year), code, rule));
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
