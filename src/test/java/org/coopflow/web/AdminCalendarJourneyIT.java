package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.coopflow.calendar.WorkingCalendars;
import org.coopflow.support.Browser;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey 5: the administrator adds the 2030 local elections as a day off on Korea's calendar, finds the day among
 * the year's holidays (and Korean deadlines skip it), then removes it again.
 */
class AdminCalendarJourneyIT extends MariaDbIntegrationTest {

    private static final String ADMIN = "admin";
    private static final String ELECTION = "2030-06-05";

    @LocalServerPort
    int port;

    @Autowired
    UserTexts texts;

    @Autowired
    WorkingCalendars calendars;

    @Test
    void anAdminAddsAnElectionDayAndRemovesIt() {
        try (Browser admin = Browser.start(port, "en")) {
            // an administrator lands on CoopFlow's account pages; the calendars are next to them
            admin.open("/login").type(By.id("username"), ADMIN).type(By.id("password"), "demo")
                    .click(By.id("sign-in"));
            admin.waitFor(ExpectedConditions.urlContains("/admin/accounts"), "the administrator's landing page");
            admin.open("/admin/calendars/korea?year=2030");
            assertThat(admin.text(By.tagName("h1"))).isEqualTo(texts.of(ADMIN, "calendar.korea.heading", 2030));
            assertThat(admin.all(By.cssSelector("#year-holidays tr[data-date='" + ELECTION + "']"))).isEmpty();

            admin.date(By.id("date"), ELECTION).type(By.id("name"), "Local elections (10th)")
                    .clickAndWait(By.cssSelector("#add-day button[type='submit']"));

            assertThat(admin.path()).isEqualTo("/admin/calendars/korea?year=2030");
            assertThat(admin.text(By.id("notice"))).isEqualTo(texts.of(ADMIN, "calendar.notice.dayAdded", ELECTION));
            assertThat(admin.text(By.cssSelector("#year-holidays tr[data-date='" + ELECTION + "']")))
                    .contains("Local elections (10th)", texts.of(ADMIN, "calendar.source.ONE_OFF"));
            assertThat(calendars.korea().isWorkingDay(java.time.LocalDate.parse(ELECTION))).isFalse();
            admin.screenshot("journey-5-admin-calendar");

            admin.clickAndWait(By.cssSelector("#one-off-days tr[data-date='" + ELECTION + "'] button[type='submit']"));

            assertThat(admin.text(By.id("notice"))).isEqualTo(texts.of(ADMIN, "calendar.notice.dayRemoved"));
            assertThat(admin.all(By.cssSelector("#year-holidays tr[data-date='" + ELECTION + "']"))).isEmpty();
            assertThat(calendars.korea().isWorkingDay(java.time.LocalDate.parse(ELECTION))).isTrue();
        }
    }
}
