package org.coopflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coopflow.support.Browser;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.ProcessDriver;
import org.coopflow.support.UserTexts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Journey: a director reads Cambodia's page. A Cambodian request went through its consultation to a signed MOU with
 * a commitment and a follow-up action (through the API); the manager (whose account reads Korean) opens the countries
 * from the navigation, finds Cambodia's figures beside the other countries', opens Cambodia's page, sees the charts
 * drawn (by a script file, none inline), the consultation with its expert, the MOU in force and its history, and
 * follows the requests figure into the request search.
 */
class CountryJourneyIT extends MariaDbIntegrationTest {

    private static final String MANAGER = "manager";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessDriver process;
    @Autowired
    UserTexts texts;

    @Test
    void aDirectorReadsCambodiasPage() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.toMouSigningApproval(cast, process);
        cast.manager().complete(journey.id(), "approveMouForSigning", Map.of("signingDecision", "APPROVE"));
        cast.coordMois().complete(journey.id(), "recordMouSigning", Map.of("signingDate", LocalDate.now().toString(),
                "signatories", "Vice Minister of the Interior and Safety; Secretary of State, Ministry of Interior",
                "mouExpiresOn", LocalDate.now().plusYears(5).toString(), "mouRenewalNoticeDays", 180,
                "mouObligations", List.of(Map.of("obligationClause", "Article 5", "obligationDescription",
                        "Annual joint committee", "obligationParty", "MOIS", "obligationRecurrence", "YEARLY",
                        "obligationFirstDue", LocalDate.now().plusMonths(6).toString()))));
        Journeys.defineFollowUpActions(cast, journey, "TRAINING");
        Locale korean = texts.localeOf(MANAGER);
        String cambodia = new Locale("", "KH").getDisplayCountry(korean);

        try (Browser manager = Browser.start(port, "en")) {
            manager.signIn(MANAGER);
            manager.clickAndWait(By.cssSelector("nav a[href='/countries']"));
            assertThat(manager.text(By.tagName("h1"))).isEqualTo(texts.of(MANAGER, "countries.index.title"));
            WebElement row = manager.find(By.cssSelector("#countries tr[data-code='KH']"));
            assertThat(row.findElement(By.tagName("th")).getText()).isEqualTo(cambodia);
            assertThat(manager.all(By.cssSelector("#countries tr[data-code='GT']"))).hasSize(1);
            manager.waitFor(d -> "true".equals(d.findElement(By.id("chart-by-country")).getDomAttribute("data-drawn")),
                    "the countries chart drawn");

            manager.clickAndWait(By.cssSelector("#countries tr[data-code='KH'] th a"));
            assertThat(manager.path()).isEqualTo("/countries/KH");
            assertThat(manager.text(By.tagName("h1"))).isEqualTo(texts.of(MANAGER, "countries.show.title", cambodia));
            assertThat(manager.text(By.id("organisations"))).contains("KH-MOI");
            // the charts are drawn by static/js/charts.js from the page's data (ECharts renders SVG)
            for (String chart : List.of("chart-by-year", "chart-by-stage")) {
                manager.waitFor(d -> "true".equals(d.findElement(By.id(chart)).getDomAttribute("data-drawn")),
                        chart + " drawn");
                assertThat(manager.all(By.cssSelector("#" + chart + " svg"))).isNotEmpty();
            }
            assertThat(manager.text(By.id("consultations"))).contains(journey.reference(), "Han Ye-jin");
            WebElement mou = manager.find(By.cssSelector("#mous tr[data-status='IN_FORCE']"));
            assertThat(mou.getText()).contains("MOU on national ID cooperation", journey.reference());
            assertThat(manager.text(By.id("actions"))).contains("Action 1 for officials");
            assertThat(manager.all(By.cssSelector("#history li[data-kind='MOU_SIGNED']"))).isNotEmpty();
            assertThat(manager.all(By.cssSelector("#history li[data-kind='CONSULTATION_HELD']"))).isNotEmpty();
            manager.screenshot("journey-country-cambodia");

            // the figures lead into the request search, narrowed to Cambodia
            manager.clickAndWait(By.id("figure-requests"));
            assertThat(manager.path()).isEqualTo("/requests?country=KH");
            assertThat(manager.find(By.cssSelector("select#country option[value='KH']")).isSelected()).isTrue();
            assertThat(manager.all(By.cssSelector("a[href='/requests/" + journey.id() + "']"))).isNotEmpty();
        }
    }
}
