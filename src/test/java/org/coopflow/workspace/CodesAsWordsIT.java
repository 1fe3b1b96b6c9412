package org.coopflow.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Codes and ISO dates never reach a page: routing, languages and dates as the reader says them (the manager and
 * the MOIS coordinator read Korean).
 */
class CodesAsWordsIT extends MariaDbIntegrationTest {

    @Autowired
    TestRestTemplate rest;

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Test
    void theRequestPageNamesTheRoutedAgenciesAndShowsRecordedDatesInTheReadersFormat() throws Exception {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.toConsultation(cast);
        LocalDate start = LocalDate.of(2031, 3, 4);
        Journeys.planConsultation(cast, journey, start);

        String page = mvc.perform(get("/requests/" + journey.id()).with(new Pages(users).as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(page).containsPattern("주관 기관</dt>\\s*<dd>행정안전부\\(MOIS\\)</dd>")
                .containsPattern("협조 기관</dt>\\s*<dd>한국조폐공사\\(KOMSCO\\)</dd>")
                .doesNotContain("lead MOIS").doesNotContain("supporting [");
        assertThat(page).contains(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.KOREAN)
                .format(start)).doesNotContain("2031-03-04");
    }

    @Test
    void expertSuggestionsNameTheLanguagesTheyShareWithThePartner() {
        Journey journey = Journeys.toAssigningExperts(Cast.of(rest));
        org.coopflow.support.Api coordinator = new org.coopflow.support.Api(rest, "coord-mois");

        String form = coordinator.get("/api/v1/tasks/" + coordinator.taskId(journey.id(), "nominateExperts") + "/form")
                .getBody().toString();

        // the partner works in Khmer and English (km, en): "영어 구사", never "en 구사"
        assertThat(form).containsPattern("(영어|크메르어)[^;]* 구사").doesNotContainPattern("\\b(km|en)(/\\w+)? 구사");
    }
}
