package org.coopflow.country;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.request.RequestMapper;
import org.coopflow.support.CooperationFixture;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.Pages;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The countries index and a country's page: figures from the stages' typed records; for managers (everything),
 * coordinators (the requests of their agencies) and partners (their own country's page, their own organisation's
 * cooperation only — another country answers 404); refused (403) to anyone else. Laos with two partner ministries,
 * rolled back after each test.
 */
@Transactional
class CountryPagesIT extends MariaDbIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RequestMapper requests;

    Pages pages;

    @BeforeEach
    void laos() {
        pages = new Pages(users);
        CooperationFixture fixture = new CooperationFixture(jdbc, requests);
        fixture.partner("LA-MOHA", "Ministry of Home Affairs", "LA", "Lao PDR", "partner-la");
        fixture.partner("LA-MPT", "Ministry of Post and Telecommunications", "LA", "Lao PDR", "partner-la2");
        Long civil = fixture.request("LA-MOHA", "LA", "CIVIL_REGISTRATION", "Lao civil registration", "FOLLOW_UP",
                Instant.parse("2025-03-01T03:00:00Z"));
        fixture.consultation(civil, "ONLINE_FORUM", LocalDate.of(2025, 5, 10), true);
        fixture.expert(civil, "MOIS", "expert-mois", true);
        Long signing = fixture.signing(civil, "MOU on Lao civil registration", LocalDate.of(2025, 6, 1));
        Long term = fixture.term(civil, signing, "MOU on Lao civil registration", "LA-MOHA", "LA", "MOIS",
                LocalDate.of(2025, 6, 1), LocalDate.of(2030, 5, 31), "IN_FORCE");
        Long obligation = fixture.obligation(term, civil, "Art. 4", "PARTNER", "LA-MOHA", "YEARLY",
                LocalDate.of(2026, 6, 1));
        fixture.occurrence(obligation, 1, LocalDate.of(2026, 6, 1), "DUE");
        fixture.action(civil, "TRAINING", "Training of district registrars", LocalDate.of(2020, 1, 1), "OPEN");
        fixture.action(civil, "JOINT_PROJECT", "Pilot in two provinces", LocalDate.of(2099, 1, 1), "ON_TRACK");
        Long ids = fixture.request("LA-MOHA", "LA", "NATIONAL_ID", "Lao national ID cards", "CONSULTATION",
                Instant.parse("2026-01-10T03:00:00Z"));
        fixture.consultation(ids, "STUDY_VISIT", LocalDate.of(2099, 3, 1), null);
        Long city = fixture.request("LA-MPT", "LA", "SMART_CITY", "Vientiane smart city", "SCREENING",
                Instant.parse("2026-02-10T03:00:00Z"));
        fixture.agency(city, "MOLIT");
    }

    @Test
    void theIndexPutsTheCountriesFiguresSideBySide() throws Exception {
        MvcResult result = mvc.perform(get("/countries").with(pages.as("manager")))
                .andExpect(status().isOk()).andExpect(view().name(CountryPages.VIEW_INDEX)).andReturn();
        CountryFigures laos = figures(result, "LA");
        assertThat(laos.organisations()).isEqualTo(2);
        assertThat(laos.requests()).isEqualTo(3);
        assertThat(laos.openRequests()).isEqualTo(3);
        assertThat(laos.consultationsHeld()).isEqualTo(1);
        assertThat(laos.mousSigned()).isEqualTo(1);
        assertThat(laos.mousInForce()).isEqualTo(1);
        assertThat(laos.actionsOpen()).isEqualTo(2);
        assertThat(laos.actionsOverdue()).isEqualTo(1);
        assertThat(laos.obligationsDue()).isEqualTo(1);
        String page = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("href=\"/countries/LA\"", "href=\"/requests?country=LA\"",
                "href=\"/obligations?country=LA\"", "data-chart=", "/dist/echarts.min.js",
                "/js/charts.js").doesNotContain("<script>");
        // the charts' script is a file: the page keeps the policy that refuses inline scripts
        assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline'; style-src 'self'; script");
    }

    @Test
    void aDirectorReadsACountrysWholeCooperation() throws Exception {
        String page = page("manager", "/countries/LA");
        assertThat(page).contains("Ministry of Home Affairs", "Ministry of Post and Telecommunications",
                "Lao civil registration", "Lao national ID cards", "Vientiane smart city",
                "MOU on Lao civil registration", "Han Ye-jin", "Training of district registrars",
                "href=\"/requests?country=LA&amp;status=CONSULTATION\"", "href=\"/requests?country=LA&amp;sector=SMART_CITY\"",
                "data-kind=\"MOU_SIGNED\"", "data-kind=\"CONSULTATION_HELD\"", "id=\"chart-by-year\"",
                "Pilot in two provinces");
        assertThat(page.indexOf("data-kind=\"SUBMITTED\"")).isPositive();
    }

    @Test
    void aPartnerSeesItsOwnCountrysPageLimitedToItsOrganisation() throws Exception {
        mvc.perform(get("/countries").with(pages.as("partner-la"))).andExpect(redirectedUrl("/countries/LA"));
        String own = page("partner-la", "/countries/LA");
        assertThat(own).contains("id=\"partner-scope\"", "Ministry of Home Affairs", "Lao civil registration",
                "Lao national ID cards").doesNotContain("Vientiane smart city", "Ministry of Post and Telecommunications");
        String other = page("partner-la2", "/countries/LA");
        assertThat(other).contains("Vientiane smart city").doesNotContain("Lao civil registration",
                "MOU on Lao civil registration", "Ministry of Home Affairs");
        mvc.perform(get("/countries/KH").with(pages.as("partner-la"))).andExpect(status().isNotFound());
        mvc.perform(get("/countries/LA").with(pages.as("partner-kh"))).andExpect(status().isNotFound());
        mvc.perform(get("/countries/ZZ").with(pages.as("manager"))).andExpect(status().isNotFound());
    }

    @Test
    void theOrganisationsAreNamedInTheReadersLanguage() throws Exception {
        // the demo partners' names (R__demo_partner_names): Guatemala's in Spanish, its partner reads Spanish
        assertThat(page("partner-gt", "/countries/GT")).contains("<li>Ministerio de Gobernación (GT-MINGOB)</li>");
        assertThat(page("manager", "/countries/KH")).contains("<li>내무부 (KH-MOI)</li>");
    }

    @Test
    void aCoordinatorSeesTheRequestsOfItsAgency() throws Exception {
        String molit = page("coord-molit", "/countries/LA");
        assertThat(molit).contains("Vientiane smart city").doesNotContain("Lao civil registration");
        String mois = page("coord-mois", "/countries/LA");
        assertThat(mois).contains("Vientiane smart city", "Lao civil registration", "Lao national ID cards");
    }

    @Test
    void nobodyElseReadsCountryPages() throws Exception {
        for (String user : List.of("intake", "expert-mois", "legal", "admin")) {
            mvc.perform(get("/countries").with(pages.as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/countries/LA").with(pages.as(user))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/countries/LA")).andExpect(status().is3xxRedirection());
    }

    private String page(String user, String path) throws Exception {
        return mvc.perform(get(path).with(pages.as(user))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @SuppressWarnings("unchecked")
    private static CountryFigures figures(MvcResult result, String code) {
        return ((List<CountryFigures>) result.getModelAndView().getModel().get("countries")).stream()
                .filter(f -> f.code().equals(code)).findFirst().orElseThrow();
    }
}
