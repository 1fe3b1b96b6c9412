package org.coopflow.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ADMIN calendar pages through MockMvc: who may open and change them, CSRF, bad input shown at its field in the
 * reader's language with nothing changed, and who/when kept on every row changed. Rolled back after each test.
 */
@Transactional
class CalendarPagesIT extends MariaDbIntegrationTest {

    private static final String[] NOT_ADMINS = {"partner-kh", "partner-gt", "intake", "coord-mois", "expert-mois",
            "legal", "manager"};
    private static final LocalDate ELECTION_2030 = LocalDate.of(2030, 6, 5);

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    WorkingCalendars calendars;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    private Pages pages;

    @BeforeEach
    void signIn() {
        pages = new Pages(users);
    }

    @Test
    void adminReadsKoreasHolidaysOfAYearComputedAndAdded() throws Exception {
        MvcResult page = mvc.perform(get("/admin/calendars/korea").param("year", "2026").with(pages.as("admin")))
                .andExpect(status().isOk())
                .andExpect(view().name(CalendarPages.VIEW_KOREA))
                .andExpect(content().string(Matchers.containsString(english("calendar.korea.heading", 2026))))
                .andExpect(content().string(Matchers.containsString("href=\"/admin/calendars\"")))
                .andReturn();

        @SuppressWarnings("unchecked")
        List<CalendarPages.HolidayLine> lines = (List<CalendarPages.HolidayLine>) page.getModelAndView().getModel()
                .get("holidays");
        assertThat(lines).extracting(CalendarPages.HolidayLine::date, CalendarPages.HolidayLine::name).contains(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 9, 25), english("calendar.holiday.CHUSEOK")),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 6, 3),
                        "Local elections (9th nationwide local elections)"),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 10, 5), english("calendar.holiday.substitute",
                        english("calendar.holiday.FOUNDATION"))));
        // the navigation offers the calendars to admins only
        mvc.perform(get("/requests").with(pages.as("manager")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/admin/calendars\""))));
    }

    @Test
    void adminAddsAnElectionDayThatDeadlinesSkipAndRemovesItKeepingWhoAndWhen() throws Exception {
        assertThat(calendars.korea().isWorkingDay(ELECTION_2030)).isTrue();

        mvc.perform(post("/admin/calendars/korea/days").param("date", ELECTION_2030.toString())
                        .param("name", "  Local elections (10th)  ").with(pages.as("admin")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendars/korea?year=2030"))
                .andExpect(flash().attribute("notice", english("calendar.notice.dayAdded", ELECTION_2030)));

        assertThat(calendars.korea().isWorkingDay(ELECTION_2030)).isFalse();
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT id, name, added_by, added_at, removed_at FROM korea_holiday"
                        + " WHERE holiday_date = ? AND removed_at IS NULL", ELECTION_2030);
        assertThat(row).containsEntry("name", "Local elections (10th)").containsEntry("added_by", "admin")
                .containsEntry("removed_at", null);
        assertThat(row.get("added_at")).isNotNull();

        mvc.perform(post("/admin/calendars/korea/days/{id}/remove", row.get("id")).param("year", "2030")
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendars/korea?year=2030"));

        assertThat(calendars.korea().isWorkingDay(ELECTION_2030)).isTrue();
        Map<String, Object> removed = jdbc.queryForMap(
                "SELECT removed_by, removed_at FROM korea_holiday WHERE id = ?", row.get("id"));
        assertThat(removed.get("removed_by")).isEqualTo("admin");
        assertThat(removed.get("removed_at")).isNotNull();
        // the page lists it among the removed days, with who added and who removed it
        mvc.perform(get("/admin/calendars/korea").param("year", "2030").with(pages.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Local elections (10th): added by admin")));
        // removing it twice: the friendly "not found" page, nothing else changes
        mvc.perform(post("/admin/calendars/korea/days/{id}/remove", row.get("id")).with(pages.as("admin")).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(view().name("error"));
    }

    @Test
    void badDaysAreShownAtTheirFieldInTheReadersLanguageAndChangeNothing() throws Exception {
        int before = count("korea_holiday");

        mvc.perform(post("/admin/calendars/korea/days").param("date", "2030-13-45").param("name", " ")
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(view().name(CalendarPages.VIEW_KOREA))
                .andExpect(model().attributeHasFieldErrorCode("dayForm", "date", "typeMismatch"))
                .andExpect(model().attributeHasFieldErrorCode("dayForm", "name", "NotBlank"))
                .andExpect(content().string(Matchers.containsString(english("typeMismatch.dayForm.date"))))
                .andExpect(content().string(Matchers.containsString(english("NotBlank.dayForm.name"))));
        // Chuseok is a public holiday already; 3 June 2026 was added already; in Spanish for ?lang=es
        mvc.perform(post("/admin/calendars/korea/days").param("date", "2028-10-03").param("name", "Extra")
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("dayForm", "date", "calendar.korea.alreadyHoliday"));
        mvc.perform(post("/admin/calendars/korea/days").param("date", "2026-06-03").param("name", "Again")
                        .locale(new Locale("es")).with(pages.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("dayForm", "date", "calendar.korea.alreadyAdded"));
        mvc.perform(post("/admin/calendars/korea/days").param("date", "2030-06-05").param("name", "x".repeat(201))
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("dayForm", "name", "Size"));
        mvc.perform(post("/admin/calendars/korea/days").param("date", "1999-06-05").param("name", "Too early")
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("dayForm", "date", "calendar.year.outOfRange"));
        mvc.perform(get("/admin/calendars/korea").param("year", "20277").with(pages.as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(view().name("error"));

        assertThat(count("korea_holiday")).isEqualTo(before);
    }

    @Test
    void withoutAValidCsrfTokenNothingChanges() throws Exception {
        int before = count("korea_holiday");

        mvc.perform(post("/admin/calendars/korea/days").param("date", ELECTION_2030.toString())
                        .param("name", "Local elections").with(pages.as("admin")).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/calendars/time-zones/KH-MOI").param("timeZone", "Asia/Bangkok")
                        .with(pages.as("admin")).with(csrf().useInvalidToken()))
                .andExpect(status().isForbidden());
        // no token stored at all: the session behind the form is gone, sign in again
        mvc.perform(post("/admin/calendars/korea/days").param("date", ELECTION_2030.toString())
                        .param("name", "Local elections").with(pages.as("admin")))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/login?expired"));

        assertThat(count("korea_holiday")).isEqualTo(before);
        assertThat(zoneOf("KH-MOI")).isEqualTo("Asia/Phnom_Penh");
    }

    @Test
    void onlyAdminsOpenOrChangeTheCalendars() throws Exception {
        int days = count("korea_holiday");
        int holidays = count("country_holiday");
        for (String username : NOT_ADMINS) {
            for (String page : List.of("/admin/calendars/korea", "/admin/calendars/countries",
                    "/admin/calendars/countries/KH", "/admin/calendars/time-zones")) {
                mvc.perform(get(page).with(pages.as(username)))
                        .andExpect(status().isForbidden())
                        .andExpect(view().name("error"));
            }
            List<MockHttpServletRequestBuilder> changes = List.of(
                    post("/admin/calendars/korea/days").param("date", "2030-06-05").param("name", "Election"),
                    post("/admin/calendars/korea/days/1/remove"),
                    post("/admin/calendars/countries").param("countryCode", "LA").param("timeZone", "Asia/Vientiane")
                            .param("weekend", "SATURDAY", "SUNDAY"),
                    post("/admin/calendars/countries/KH").param("timeZone", "Asia/Bangkok").param("weekend", "SUNDAY"),
                    post("/admin/calendars/countries/KH/holidays").param("date", "2027-12-02").param("name", "X"),
                    post("/admin/calendars/countries/KH/holidays/1/remove"),
                    post("/admin/calendars/time-zones/KH-MOI").param("timeZone", "Asia/Bangkok"));
            for (MockHttpServletRequestBuilder change : changes) {
                mvc.perform(change.with(pages.as(username)).with(csrf()))
                        .andExpect(status().isForbidden());
            }
        }
        mvc.perform(get("/admin/calendars/korea")).andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));

        assertThat(count("korea_holiday")).isEqualTo(days);
        assertThat(count("country_holiday")).isEqualTo(holidays);
        assertThat(count("country_calendar")).isEqualTo(4);
        assertThat(zoneOf("KH-MOI")).isEqualTo("Asia/Phnom_Penh");
        assertThat(jdbc.queryForObject("SELECT weekend_days FROM country_calendar WHERE country_code = 'KH'",
                String.class)).isEqualTo("SATURDAY,SUNDAY");
    }

    @Test
    void adminAddsAPartnerCountryWithItsWeekendAndHolidays() throws Exception {
        mvc.perform(post("/admin/calendars/countries").param("countryCode", " la ").param("timeZone", "Asia/Vientiane")
                        .param("weekend", "SATURDAY", "SUNDAY").with(pages.as("admin")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendars/countries/LA"));
        mvc.perform(post("/admin/calendars/countries/LA/holidays").param("date", "2027-12-02")
                        .param("everyYear", "true").param("name", "Lao National Day").with(pages.as("admin")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendars/countries/LA?year=2027"));

        WorkingCalendar laos = calendars.forCountry("LA");
        assertThat(laos.zone().getId()).isEqualTo("Asia/Vientiane");
        assertThat(laos.isWorkingDay(LocalDate.of(2027, 12, 2))).isFalse();
        assertThat(laos.isWorkingDay(LocalDate.of(2031, 12, 2))).isFalse();
        assertThat(jdbc.queryForObject("SELECT added_by FROM country_holiday WHERE country_code = 'LA'", String.class))
                .isEqualTo("admin");

        // a Friday–Saturday weekend from now on
        mvc.perform(post("/admin/calendars/countries/LA").param("timeZone", "Asia/Vientiane")
                        .param("weekend", "FRIDAY", "SATURDAY").with(pages.as("admin")).with(csrf()))
                .andExpect(status().isFound());
        assertThat(calendars.forCountry("LA").weekend()).containsExactlyInAnyOrder(java.time.DayOfWeek.FRIDAY,
                java.time.DayOfWeek.SATURDAY);
        assertThat(jdbc.queryForObject("SELECT changed_by FROM country_calendar WHERE country_code = 'LA'",
                String.class)).isEqualTo("admin");

        mvc.perform(get("/admin/calendars/countries/LA").param("year", "2027").with(pages.as("admin")))
                .andExpect(status().isOk())
                .andExpect(view().name(CalendarPages.VIEW_COUNTRY))
                .andExpect(content().string(Matchers.containsString("Lao National Day")));
    }

    @Test
    void badCountryInputIsShownAtItsFieldAndChangesNothing() throws Exception {
        int countries = count("country_calendar");

        mvc.perform(post("/admin/calendars/countries").param("countryCode", "KR").param("timeZone", "Asia/Seoul")
                        .param("weekend", "SUNDAY").with(pages.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("countryForm", "countryCode", "calendar.country.korea"));
        mvc.perform(post("/admin/calendars/countries").param("countryCode", "QQ").param("timeZone", "Asia/Seoul")
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("countryForm", "countryCode",
                        "calendar.country.code.invalid"));
        mvc.perform(post("/admin/calendars/countries").param("countryCode", "KH").param("timeZone", "Asia/Phnom_Penh")
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("countryForm", "countryCode", "calendar.country.exists"));
        mvc.perform(post("/admin/calendars/countries/KH").param("timeZone", "Mars/Olympus_Mons")
                        .param("weekend", "SATURDAY").with(pages.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("countryForm", "timeZone", "calendar.timeZone.invalid"))
                .andExpect(content().string(Matchers.containsString(english("calendar.timeZone.invalid"))));
        mvc.perform(post("/admin/calendars/countries/KH").param("timeZone", "Asia/Phnom_Penh")
                        .param("weekend", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("countryForm", "weekend", "calendar.weekend.noWorkingDay"));
        mvc.perform(post("/admin/calendars/countries/KH/holidays").param("date", "2027-04-14")
                        .param("name", "Khmer New Year").with(pages.as("admin")).with(csrf()))
                .andExpect(model().attributeHasFieldErrorCode("holidayForm", "name", "calendar.country.holidayExists"));
        mvc.perform(get("/admin/calendars/countries/ZZ").with(pages.as("admin")))
                .andExpect(status().isNotFound());

        assertThat(count("country_calendar")).isEqualTo(countries);
        assertThat(jdbc.queryForObject("SELECT time_zone FROM country_calendar WHERE country_code = 'KH'",
                String.class)).isEqualTo("Asia/Phnom_Penh");
    }

    @Test
    void adminSetsAnOrganisationsTimeZoneAndAPartnersDeadlinesFollowIt() throws Exception {
        mvc.perform(get("/admin/calendars/time-zones").with(pages.as("admin")))
                .andExpect(status().isOk())
                .andExpect(view().name(CalendarPages.VIEW_TIME_ZONES))
                .andExpect(content().string(Matchers.containsString("value=\"America/Guatemala\"")));

        mvc.perform(post("/admin/calendars/time-zones/KH-MOI").param("timeZone", "Asia/Bangkok")
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/admin/calendars/time-zones#org-KH-MOI"));
        assertThat(calendars.forOrganisation("KH-MOI").zone().getId()).isEqualTo("Asia/Bangkok");
        assertThat(jdbc.queryForObject("SELECT time_zone_changed_by FROM organisation WHERE code = 'KH-MOI'",
                String.class)).isEqualTo("admin");

        // an offset or an unknown name is refused at its row, in the reader's language
        mvc.perform(post("/admin/calendars/time-zones/GT-MINGOB").param("timeZone", "GMT-6")
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("zoneErrorFor", "GT-MINGOB"))
                .andExpect(content().string(Matchers.containsString(english("calendar.timeZone.invalid"))));
        mvc.perform(post("/admin/calendars/time-zones/MOIS").param("timeZone", "Asia/Tokyo")
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attribute("problem", english("calendar.zones.korea")));
        assertThat(zoneOf("MOIS")).isEqualTo("Asia/Seoul");
        mvc.perform(post("/admin/calendars/time-zones/NOBODY").param("timeZone", "Asia/Seoul")
                        .with(pages.as("admin")).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(zoneOf("GT-MINGOB")).isEqualTo("America/Guatemala");
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    private String zoneOf(String organisation) {
        return jdbc.queryForObject("SELECT time_zone FROM organisation WHERE code = ?", String.class, organisation);
    }

    private String english(String code, Object... args) {
        return messages.getMessage(code, args, Locale.ENGLISH);
    }
}
