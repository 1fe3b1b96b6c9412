package org.coopflow.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * One calendar of working days: its time zone, its weekend days and its holidays. Deadlines count its working days:
 * <b>N working days after an instant T are due at 18:00 local time on the Nth working day after T's local date</b>
 * (T's own day never counts, whatever the hour). With a short demo "day" the same count runs compressed (see
 * {@link DayTimeline}).
 *
 * <p>Immutable; built by {@link WorkingCalendars} from the computed Korean holidays and the days ADMIN maintains.
 */
public final class WorkingCalendar {

    /** Days a deadline may look ahead: no calendar goes a year without a working day. */
    private static final int MAX_DAYS_AHEAD = 366 * 5;

    private final String name;
    private final ZoneId zone;
    private final Set<DayOfWeek> weekend;
    private final IntFunction<List<Holiday>> holidaysOfYear;
    private final Map<Integer, Map<LocalDate, List<Holiday>>> byYear = new ConcurrentHashMap<>();

    /**
     * @param name           KR for Korea, the country code of a partner's calendar
     * @param holidaysOfYear the holidays of one year (asked once per year and instance)
     */
    WorkingCalendar(String name, ZoneId zone, Set<DayOfWeek> weekend, IntFunction<List<Holiday>> holidaysOfYear) {
        if (weekend.size() >= 7) {
            throw new IllegalArgumentException("A calendar needs at least one working day a week");
        }
        this.name = name;
        this.zone = zone;
        this.weekend = Set.copyOf(weekend);
        this.holidaysOfYear = holidaysOfYear;
    }

    public String name() {
        return name;
    }

    public ZoneId zone() {
        return zone;
    }

    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !weekend.contains(date.getDayOfWeek()) && holidaysOn(date).isEmpty();
    }

    /** The holidays on a date (two may fall on one day). */
    public List<Holiday> holidaysOn(LocalDate date) {
        return holidayMap(date.getYear()).getOrDefault(date, List.of());
    }

    /** Every holiday of a year, in date order. */
    public List<Holiday> holidays(int year) {
        return holidayMap(year).values().stream().flatMap(List::stream).toList();
    }

    /** The Nth working day after a date (the date itself not counted); the date itself for 0. */
    public LocalDate workingDaysAfter(LocalDate date, int workingDays) {
        requireNotNegative(workingDays);
        LocalDate day = date;
        int left = workingDays;
        for (int guard = 0; left > 0; guard++) {
            requireWithinReach(guard);
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** Working days in (from, to]: after {@code from}, up to and including {@code to}; 0 when to is not after from. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Due instant of a deadline of real working days. */
    public Instant due(Instant start, int workingDays) {
        return due(start, workingDays, Duration.ofDays(1));
    }

    /** Due instant of a deadline with days of the given length (P1D, or a short demo "day"); the start for 0. */
    public Instant due(Instant start, int workingDays, Duration day) {
        requireNotNegative(workingDays);
        if (workingDays == 0) {
            return start;
        }
        DayTimeline timeline = DayTimeline.of(start, zone, day);
        return timeline.workEnds(nthWorkingDay(timeline, workingDays));
    }

    /**
     * The instant at which a share of a deadline's working time has passed (0.5: half-way; 1: the due instant),
     * for reminders. Working time within a day runs evenly from 09:00 to 18:00 (a demo "day" counts whole).
     */
    public Instant instantAt(Instant start, int workingDays, double share, Duration day) {
        requireNotNegative(workingDays);
        if (share < 0 || Double.isNaN(share)) {
            throw new IllegalArgumentException("A share is 0 or more: " + share);
        }
        double target = share * workingDays;
        if (target == 0) {
            return start;
        }
        DayTimeline timeline = DayTimeline.of(start, zone, day);
        int whole = (int) Math.ceil(target) - 1;
        long k = nthWorkingDay(timeline, whole + 1);
        double part = target - whole;
        Instant from = timeline.workStarts(k);
        long span = Duration.between(from, timeline.workEnds(k)).toMillis();
        return from.plusMillis(Math.round(span * part));
    }

    /** How far a deadline of this many working days, started at {@code start}, has run at {@code now}. */
    public Progress progress(Instant start, int workingDays, Instant now, Duration day) {
        requireNotNegative(workingDays);
        DayTimeline timeline = DayTimeline.of(start, zone, day);
        long today = timeline.dayAt(now);
        double passed = 0;
        for (long k = 1; k <= today; k++) {
            requireWithinReach(k);
            if (!isWorkingDay(timeline.date(k))) {
                continue;
            }
            Instant from = timeline.workStarts(k);
            Instant to = timeline.workEnds(k);
            if (!now.isBefore(to)) {
                passed++;
            } else if (now.isAfter(from)) {
                passed += (double) Duration.between(from, now).toMillis() / Duration.between(from, to).toMillis();
            }
        }
        double share = workingDays == 0 ? (now.isBefore(start) ? 0 : 1) : passed / workingDays;
        return new Progress(passed, workingDays, share);
    }

    private long nthWorkingDay(DayTimeline timeline, int n) {
        long k = 0;
        int left = n;
        while (left > 0) {
            k++;
            requireWithinReach(k);
            if (isWorkingDay(timeline.date(k))) {
                left--;
            }
        }
        return k;
    }

    private Map<LocalDate, List<Holiday>> holidayMap(int year) {
        return byYear.computeIfAbsent(year, y -> holidaysOfYear.apply(y).stream()
                .filter(h -> h.date().getYear() == y)
                .collect(Collectors.groupingBy(Holiday::date, java.util.TreeMap::new, Collectors.toList())));
    }

    private static void requireNotNegative(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("Working days cannot be negative: " + workingDays);
        }
    }

    private static void requireWithinReach(long days) {
        if (days > MAX_DAYS_AHEAD) {
            throw new IllegalStateException("No working day within " + MAX_DAYS_AHEAD + " days");
        }
    }

    @Override
    public String toString() {
        return "WorkingCalendar[" + name + ", " + zone + ", weekend " + weekend + "]";
    }
}
