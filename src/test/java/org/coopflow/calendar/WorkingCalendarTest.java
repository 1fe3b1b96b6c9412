package org.coopflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.coopflow.calendar.Holiday.Source;
import org.junit.jupiter.api.Test;

/** Due dates, progress and the compressed demo day, in Korea's calendar and a Cambodian partner's. */
class WorkingCalendarTest {

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");
    private static final Duration REAL_DAY = Duration.ofDays(1);

    /** Korea with the local elections of 3 June 2026 and the 2030 local elections an ADMIN added. */
    private final WorkingCalendar korea = new WorkingCalendar("KR", SEOUL, WorkingCalendars.USUAL_WEEKEND, year -> {
        List<Holiday> all = new ArrayList<>(KoreanHolidays.of(year));
        List.of(LocalDate.of(2026, 6, 3), LocalDate.of(2030, 6, 5)).stream().filter(d -> d.getYear() == year)
                .forEach(d -> all.add(Holiday.named(d, "Local elections", Source.ONE_OFF)));
        return all;
    });

    /** Cambodia with Khmer New Year 2026 (14–16 April) and International Labour Day every year. */
    private final WorkingCalendar cambodia = new WorkingCalendar("KH", PHNOM_PENH, WorkingCalendars.USUAL_WEEKEND,
            year -> {
                List<Holiday> all = new ArrayList<>();
                all.add(Holiday.named(LocalDate.of(year, 5, 1), "International Labour Day", Source.ANNUAL));
                if (year == 2026) {
                    for (int d = 14; d <= 16; d++) {
                        all.add(Holiday.named(LocalDate.of(2026, 4, d), "Khmer New Year", Source.DATED));
                    }
                }
                return all;
            });

    @Test
    void dueAt18InSeoulOnTheNthWorkingDayAfterTheStartsDate() {
        // submitted Friday 2026-09-18 15:00 in Seoul; Chuseok takes Thursday and Friday of the next week
        Instant start = seoul(2026, 9, 18, 15, 0);

        assertThat(korea.due(start, 5)).isEqualTo(seoul(2026, 9, 29, 18, 0));
        assertThat(korea.workingDaysAfter(LocalDate.of(2026, 9, 18), 3)).isEqualTo(LocalDate.of(2026, 9, 23));
    }

    @Test
    void theStartsOwnDayNeverCountsWhateverTheHour() {
        assertThat(korea.due(seoul(2026, 11, 2, 0, 5), 1)).isEqualTo(seoul(2026, 11, 3, 18, 0));
        assertThat(korea.due(seoul(2026, 11, 2, 23, 55), 1)).isEqualTo(seoul(2026, 11, 3, 18, 0));
        assertThat(korea.due(seoul(2026, 11, 2, 23, 55), 0)).isEqualTo(seoul(2026, 11, 2, 23, 55));
    }

    @Test
    void seollal2027AndItsSubstituteAreSkipped() {
        // Friday 5 February 2027: Seollal Saturday to Monday, substitute Tuesday 9 February
        assertThat(korea.due(seoul(2027, 2, 5, 10, 0), 3)).isEqualTo(seoul(2027, 2, 12, 18, 0));
    }

    @Test
    void chuseok2028AndItsSubstituteAreSkipped() {
        // Friday 29 September 2028: Chuseok Monday to Wednesday, substitute Thursday, so Friday 6 October is day 1
        assertThat(korea.workingDaysAfter(LocalDate.of(2028, 9, 29), 1)).isEqualTo(LocalDate.of(2028, 10, 6));
        assertThat(korea.isWorkingDay(LocalDate.of(2028, 10, 5))).isFalse();
    }

    @Test
    void anElectionDayAddedByAnAdminIsNotAWorkingDay() {
        assertThat(korea.isWorkingDay(LocalDate.of(2030, 6, 5))).isFalse();
        assertThat(korea.holidaysOn(LocalDate.of(2030, 6, 5))).extracting(Holiday::source)
                .containsExactly(Source.ONE_OFF);
        // Tuesday 4 June 2030 + 1 working day: Friday, past the election (Wednesday) and Memorial Day (Thursday)
        assertThat(korea.due(seoul(2030, 6, 4, 9, 0), 1)).isEqualTo(seoul(2030, 6, 7, 18, 0));
    }

    @Test
    void aCambodianPartnersDeadlineSkipsKhmerNewYearInPhnomPenhTime() {
        // Friday 10 April 2026, 16:00 in Phnom Penh: Monday 13 is day 1, Tuesday to Thursday are Khmer New Year
        Instant start = LocalDateTime.of(2026, 4, 10, 16, 0).atZone(PHNOM_PENH).toInstant();

        Instant due = cambodia.due(start, 3);

        assertThat(due).isEqualTo(LocalDateTime.of(2026, 4, 20, 18, 0).atZone(PHNOM_PENH).toInstant());
        // the same instant in Korea is 20:00, and Korea would have had it due on Wednesday 15
        assertThat(korea.due(start, 3)).isEqualTo(seoul(2026, 4, 15, 18, 0));
    }

    @Test
    void progressCountsWorkingTimeAndItsInverseGivesTheReminderInstant() {
        // Monday 2026-11-02 10:00; 4 working days: Tuesday to Friday
        Instant start = seoul(2026, 11, 2, 10, 0);

        assertThat(korea.progress(start, 4, seoul(2026, 11, 3, 8, 0), REAL_DAY).share()).isZero();
        assertThat(korea.progress(start, 4, seoul(2026, 11, 4, 18, 0), REAL_DAY).workingDaysPassed()).isEqualTo(2.0);
        Progress halfDay = korea.progress(start, 4, seoul(2026, 11, 5, 13, 30), REAL_DAY);
        assertThat(halfDay.workingDaysPassed()).isCloseTo(2.5, within(1e-9));
        assertThat(halfDay.share()).isCloseTo(0.625, within(1e-9));
        assertThat(halfDay.overdue()).isFalse();
        assertThat(korea.progress(start, 4, seoul(2026, 11, 9, 12, 0), REAL_DAY).overdue()).isTrue();

        assertThat(korea.instantAt(start, 4, 0.5, REAL_DAY)).isEqualTo(seoul(2026, 11, 4, 18, 0));
        assertThat(korea.instantAt(start, 4, 0.625, REAL_DAY)).isEqualTo(seoul(2026, 11, 5, 13, 30));
        assertThat(korea.instantAt(start, 4, 1, REAL_DAY)).isEqualTo(korea.due(start, 4));
    }

    @Test
    void aWeekendMakesNoProgress() {
        // Friday 2026-11-06 18:00 → Monday 2026-11-09 08:00: nothing passed over the weekend
        Instant start = seoul(2026, 11, 5, 12, 0);

        Progress friday = korea.progress(start, 3, seoul(2026, 11, 6, 18, 0), REAL_DAY);
        Progress monday = korea.progress(start, 3, seoul(2026, 11, 9, 8, 0), REAL_DAY);

        assertThat(monday.workingDaysPassed()).isEqualTo(friday.workingDaysPassed()).isEqualTo(1.0);
    }

    @Test
    void aShortDemoDayCompressesTheCalendarWithItsWeekendsAndHolidays() {
        // Friday 2026-09-18: 5 working days are Mon 21, Tue 22, Wed 23, Mon 28, Tue 29 (weekends and Chuseok
        // 24–26 skipped), so the 11th calendar day after the start: due after 11 "days" of one minute
        Instant start = seoul(2026, 9, 18, 15, 0);
        Duration minute = Duration.ofMinutes(1);

        assertThat(korea.due(start, 5, minute)).isEqualTo(start.plus(Duration.ofMinutes(11)));
        // after 3½ minutes: Saturday and Sunday passed as two whole slices, Monday done, Tuesday half-way
        Progress progress = korea.progress(start, 5, start.plusSeconds(210), minute);
        assertThat(progress.workingDaysPassed()).isCloseTo(1.5, within(1e-9));
        assertThat(korea.instantAt(start, 5, 0.3, minute)).isEqualTo(start.plusSeconds(210));
    }

    @Test
    void theConfiguredDayIsRealOrShort() {
        assertThat(WorkingCalendars.dayLength("P1D")).isEqualTo(REAL_DAY);
        assertThat(WorkingCalendars.dayLength("PT1M")).isEqualTo(Duration.ofMinutes(1));
        assertThatThrownBy(() -> WorkingCalendars.dayLength("PT0S")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCalendarNeedsAWorkingDayAndDeadlinesPositiveDays() {
        assertThatThrownBy(() -> new WorkingCalendar("XX", SEOUL, EnumSet.allOf(DayOfWeek.class), y -> List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> korea.due(Instant.now(), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Instant seoul(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(SEOUL).toInstant();
    }
}
