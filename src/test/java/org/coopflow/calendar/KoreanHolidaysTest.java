package org.coopflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Korea's computed public holidays against the published lists: the calendar of the Korea Astronomy and Space
 * Science Institute (월력요항) for 2026 and 2027, with Constitution Day a public holiday again from 2026 (Act on
 * Public Holidays, amended January 2026), and the same rules carried to 2028–2030. Election days are not computed
 * (an ADMIN enters them: see {@link WorkingCalendarTest}).
 */
class KoreanHolidaysTest {

    static Stream<Arguments> publishedYears() {
        return Stream.of(
                Arguments.of(2026, List.of("01-01", "02-16", "02-17", "02-18", "03-01", "03-02", "05-05", "05-24",
                        "05-25", "06-06", "07-17", "08-15", "08-17", "09-24", "09-25", "09-26", "10-03", "10-05",
                        "10-09", "12-25")),
                Arguments.of(2027, List.of("01-01", "02-06", "02-07", "02-08", "02-09", "03-01", "05-05", "05-13",
                        "06-06", "07-17", "07-19", "08-15", "08-16", "09-14", "09-15", "09-16", "10-03", "10-04",
                        "10-09", "10-11", "12-25", "12-27")),
                Arguments.of(2028, List.of("01-01", "01-26", "01-27", "01-28", "03-01", "05-02", "05-05", "06-06",
                        "07-17", "08-15", "10-02", "10-03", "10-04", "10-05", "10-09", "12-25")),
                Arguments.of(2029, List.of("01-01", "02-12", "02-13", "02-14", "03-01", "05-05", "05-07", "05-20",
                        "05-21", "06-06", "07-17", "08-15", "09-21", "09-22", "09-23", "09-24", "10-03", "10-09",
                        "12-25")),
                Arguments.of(2030, List.of("01-01", "02-02", "02-03", "02-04", "02-05", "03-01", "05-05", "05-06",
                        "05-09", "06-06", "07-17", "08-15", "09-11", "09-12", "09-13", "10-03", "10-09", "12-25")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedYears")
    void holidaysAreThePublishedOnes(int year, List<String> published) {
        List<LocalDate> expected = published.stream().map(d -> LocalDate.parse(year + "-" + d)).toList();

        assertThat(KoreanHolidays.of(year).stream().map(Holiday::date).distinct().toList())
                .containsExactlyElementsOf(expected);
    }

    @Test
    void seollal2027FallsOnTheWeekendAndTuesdayReplacesItsSunday() {
        List<Holiday> holidays = KoreanHolidays.of(2027);

        assertThat(holidays).filteredOn(h -> h.code().startsWith("SEOLLAL")).extracting(Holiday::date, Holiday::source)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 6), Holiday.Source.STATUTORY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 7), Holiday.Source.STATUTORY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 8), Holiday.Source.STATUTORY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2027, 2, 9), Holiday.Source.SUBSTITUTE));
    }

    @Test
    void chuseok2028SharesItsDayWithNationalFoundationDayAndThursdayMakesUpForIt() {
        List<Holiday> holidays = KoreanHolidays.of(2028);

        assertThat(holidays).filteredOn(h -> h.date().getMonthValue() == 10 && h.date().getDayOfMonth() <= 5)
                .extracting(Holiday::date, Holiday::code, Holiday::source).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 10, 2), "CHUSEOK_EVE", Holiday.Source.STATUTORY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 10, 3), "CHUSEOK", Holiday.Source.STATUTORY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 10, 3), "FOUNDATION", Holiday.Source.STATUTORY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 10, 4), "CHUSEOK_AFTER", Holiday.Source.STATUTORY),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2028, 10, 5), "FOUNDATION", Holiday.Source.SUBSTITUTE));
    }

    @Test
    void aSaturdayCostsChuseokNothingButCostsLiberationDayItsMonday() {
        // 2026: Chuseok's last day and Liberation Day are both Saturdays
        List<Holiday> holidays = KoreanHolidays.of(2026);

        assertThat(holidays).filteredOn(h -> h.source() == Holiday.Source.SUBSTITUTE)
                .extracting(Holiday::code, Holiday::date).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("INDEPENDENCE_MOVEMENT", LocalDate.of(2026, 3, 2)),
                        org.assertj.core.groups.Tuple.tuple("BUDDHA", LocalDate.of(2026, 5, 25)),
                        org.assertj.core.groups.Tuple.tuple("LIBERATION", LocalDate.of(2026, 8, 17)),
                        org.assertj.core.groups.Tuple.tuple("FOUNDATION", LocalDate.of(2026, 10, 5)));
    }

    @Test
    void childrensDayAndBuddhasBirthdayOnOneMondayGiveOneSubstitute() {
        // 5 May 2025: both on a Monday; the published calendar has one substitute, Tuesday 6 May
        assertThat(KoreanHolidays.of(2025)).filteredOn(h -> h.source() == Holiday.Source.SUBSTITUTE)
                .extracting(Holiday::date).contains(LocalDate.of(2025, 5, 6))
                .doesNotContain(LocalDate.of(2025, 5, 7));
    }

    @Test
    void memorialDayOnASaturdayHasNoSubstitute() {
        assertThat(KoreanHolidays.of(2026)).extracting(Holiday::date).doesNotContain(LocalDate.of(2026, 6, 8));
    }

    @Test
    void lunarDatesComeFromTheKoreanLunisolarCalendar() {
        assertThat(LunarDates.newYear(2027)).isEqualTo(LocalDate.of(2027, 2, 7));
        assertThat(LunarDates.of(2028, 8, 15)).isEqualTo(LocalDate.of(2028, 10, 3));
        assertThat(LunarDates.of(2026, 4, 8)).isEqualTo(LocalDate.of(2026, 5, 24));
    }
}
