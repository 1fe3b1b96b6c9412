package org.coopflow.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days after a deadline's start as real time: day 1 is the calendar day after the start's date, day 2 the
 * one after, and so on, each with the span of time that counts as its working time.
 *
 * <p>With real days, a day's working time runs from 09:00 to 18:00 local time: a deadline of N working days is
 * due at 18:00 on the Nth working day after the start's date. With a short demo "day" (PT1M), day k is the k-th
 * slice of that length after the start and counts whole: the calendar is compressed, weekends and holidays
 * included, so a deadline of 5 working days started on a Friday is due after 7 slices (Saturday and Sunday are
 * skipped as two whole slices).
 */
abstract class DayTimeline {

    static final LocalTime START_OF_WORKING_DAY = LocalTime.of(9, 0);
    static final LocalTime END_OF_WORKING_DAY = LocalTime.of(18, 0);

    final Instant start;
    final LocalDate startDate;

    private DayTimeline(Instant start, LocalDate startDate) {
        this.start = start;
        this.startDate = startDate;
    }

    static DayTimeline of(Instant start, ZoneId zone, Duration day) {
        if (day.isZero() || day.isNegative()) {
            throw new IllegalArgumentException("A day must last some time: " + day);
        }
        return day.equals(Duration.ofDays(1)) ? new RealDays(start, zone) : new ScaledDays(start, zone, day);
    }

    /** The calendar date of day k. */
    LocalDate date(long k) {
        return startDate.plusDays(k);
    }

    abstract Instant workStarts(long k);

    abstract Instant workEnds(long k);

    /** The day an instant falls in (0: still the start's own day, or before it). */
    abstract long dayAt(Instant instant);

    /** Real days: 09:00 to 18:00 of each calendar day in the calendar's zone. */
    private static final class RealDays extends DayTimeline {

        private final ZoneId zone;

        RealDays(Instant start, ZoneId zone) {
            super(start, start.atZone(zone).toLocalDate());
            this.zone = zone;
        }

        @Override
        Instant workStarts(long k) {
            return date(k).atTime(START_OF_WORKING_DAY).atZone(zone).toInstant();
        }

        @Override
        Instant workEnds(long k) {
            return date(k).atTime(END_OF_WORKING_DAY).atZone(zone).toInstant();
        }

        @Override
        long dayAt(Instant instant) {
            return Math.max(0, ChronoUnit.DAYS.between(startDate, instant.atZone(zone).toLocalDate()));
        }
    }

    /** A short "day": slice k runs from start + (k-1)·day to start + k·day, all of it working time. */
    private static final class ScaledDays extends DayTimeline {

        private final Duration day;

        ScaledDays(Instant start, ZoneId zone, Duration day) {
            super(start, start.atZone(zone).toLocalDate());
            this.day = day;
        }

        @Override
        Instant workStarts(long k) {
            return start.plus(day.multipliedBy(k - 1));
        }

        @Override
        Instant workEnds(long k) {
            return start.plus(day.multipliedBy(k));
        }

        @Override
        long dayAt(Instant instant) {
            if (instant.isBefore(start)) {
                return 0;
            }
            return Duration.between(start, instant).dividedBy(day) + 1;
        }
    }
}
