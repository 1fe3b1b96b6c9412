package org.coopflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.coopflow.shared.NotFoundException;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** The calendars as the migrations seed them, read from the database: Korea's and the demo partners'. */
@Transactional
class WorkingCalendarsIT extends MariaDbIntegrationTest {

    private static final ZoneId PHNOM_PENH = ZoneId.of("Asia/Phnom_Penh");
    private static final ZoneId GUATEMALA = ZoneId.of("America/Guatemala");

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void koreanOfficialsCountKoreanWorkingDaysWithTheSeededElectionDay() {
        WorkingCalendar korea = calendars.forOrganisation("MOIS");

        assertThat(korea.zone()).isEqualTo(WorkingCalendars.SEOUL);
        assertThat(korea.holidaysOn(LocalDate.of(2026, 6, 3))).extracting(Holiday::source)
                .containsExactly(Holiday.Source.ONE_OFF);
        // Tuesday 2 June 2026: the local elections (Wednesday) are skipped
        assertThat(korea.workingDaysAfter(LocalDate.of(2026, 6, 2), 1)).isEqualTo(LocalDate.of(2026, 6, 4));
    }

    @Test
    void aCambodianPartnersDeadlineSkipsKhmerNewYearInPhnomPenhTime() {
        // Friday 10 April 2026, 16:00 in Phnom Penh; Khmer New Year is Tuesday 14 to Thursday 16
        Instant start = LocalDateTime.of(2026, 4, 10, 16, 0).atZone(PHNOM_PENH).toInstant();

        Instant due = calendars.due(CalendarKind.PARTNER, "KH-MOI", start, 3);

        assertThat(due).isEqualTo(LocalDateTime.of(2026, 4, 20, 18, 0).atZone(PHNOM_PENH).toInstant());
        assertThat(calendars.forOrganisation("KH-MOI").zone()).isEqualTo(PHNOM_PENH);
        // Korean officials, the same three days from the same instant: Monday 13 to Wednesday 15, in Seoul
        assertThat(calendars.due(CalendarKind.KOREA, null, start, 3))
                .isEqualTo(LocalDateTime.of(2026, 4, 15, 18, 0).atZone(WorkingCalendars.SEOUL).toInstant());
    }

    @Test
    void aGuatemalanPartnersDeadlineSkipsHolyWeekInGuatemalaTime() {
        // Wednesday 24 March 2027, 9:00 in Guatemala; Holy Thursday and Good Friday are 25 and 26 March
        Instant start = LocalDateTime.of(2027, 3, 24, 9, 0).atZone(GUATEMALA).toInstant();

        assertThat(calendars.due(CalendarKind.PARTNER, "GT-MINGOB", start, 1))
                .isEqualTo(LocalDateTime.of(2027, 3, 29, 18, 0).atZone(GUATEMALA).toInstant());
    }

    @Test
    void everySeededOrganisationHasATimeZone() {
        assertThat(jdbc.queryForList("SELECT code FROM organisation WHERE time_zone IS NULL", String.class)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT time_zone FROM organisation WHERE code = 'GT-MINGOB'", String.class))
                .isEqualTo("America/Guatemala");
    }

    @Test
    void anOrganisationWithoutItsOwnZoneTakesItsCountrys() {
        jdbc.update("UPDATE organisation SET time_zone = NULL WHERE code = 'KH-MOI'");

        assertThat(calendars.forOrganisation("KH-MOI").zone()).isEqualTo(PHNOM_PENH);
    }

    @Test
    void anUnknownOrganisationHasNoCalendar() {
        assertThatThrownBy(() -> calendars.forOrganisation("XX-NONE")).isInstanceOf(NotFoundException.class);
    }

    @Test
    void progressAndReminderInstantsUseTheSameCalendar() {
        Instant start = LocalDateTime.of(2026, 4, 10, 16, 0).atZone(PHNOM_PENH).toInstant();
        Instant halfWay = calendars.instantAt(CalendarKind.PARTNER, "KH-MOI", start, 3, 0.5);

        // Monday 13 done, Friday 17 half-way at 13:30
        assertThat(halfWay).isEqualTo(LocalDateTime.of(2026, 4, 17, 13, 30).atZone(PHNOM_PENH).toInstant());
        assertThat(calendars.progress(CalendarKind.PARTNER, "KH-MOI", start, 3, halfWay).share()).isEqualTo(0.5);
    }
}
