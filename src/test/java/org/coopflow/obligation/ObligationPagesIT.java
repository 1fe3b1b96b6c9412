package org.coopflow.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.request.RequestMapper;
import org.coopflow.support.CooperationFixture;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may read the register ({@code /obligations}), its CSV and an obligation's page: managers, coordinators and the
 * responsible agencies within their scope, each partner its own organisation's MOUs only — another partner's
 * obligation answers 404 as if it did not exist; administrators are refused (403).
 */
@Transactional
class ObligationPagesIT extends MariaDbIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CoopFlowUserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RequestMapper requests;
    @Autowired
    MessageSource messages;

    Pages pages;
    Long moha;
    Long mpt;

    @BeforeEach
    void twoPartnersMous() {
        pages = new Pages(users);
        CooperationFixture fixture = new CooperationFixture(jdbc, requests);
        fixture.partner("LA-MOHA", "Ministry of Home Affairs", "LA", "Lao PDR", "partner-la");
        fixture.partner("LA-MPT", "Ministry of Post and Telecommunications", "LA", "Lao PDR", "partner-la2");
        Long a = fixture.request("LA-MOHA", "LA", "CIVIL_REGISTRATION", "Civil registration", "FOLLOW_UP",
                Instant.parse("2026-01-10T00:00:00Z"));
        Long termA = fixture.term(a, fixture.signing(a, "MOU on civil registration", LocalDate.of(2026, 5, 1)),
                "MOU on civil registration", "LA-MOHA", "LA", "MOIS", LocalDate.of(2026, 5, 1), null, "IN_FORCE");
        moha = fixture.obligation(termA, a, "Article 4 (MOHA)", "PARTNER", "LA-MOHA", "YEARLY", LocalDate.of(2030, 1, 15));
        fixture.occurrence(moha, 1, LocalDate.of(2030, 1, 15), "DUE");
        Long b = fixture.request("LA-MPT", "LA", "SMART_CITY", "Smart city", "COMPLETED",
                Instant.parse("2026-02-10T00:00:00Z"));
        Long termB = fixture.term(b, fixture.signing(b, "MOU on smart cities", LocalDate.of(2026, 6, 1)),
                "MOU on smart cities", "LA-MPT", "LA", "MOLIT", LocalDate.of(2026, 6, 1), LocalDate.of(2031, 5, 31),
                "EXPIRING");
        mpt = fixture.obligation(termB, b, "Article 9 (MPT)", "AGENCY", "MOLIT", "QUARTERLY", LocalDate.of(2030, 2, 1));
        fixture.occurrence(mpt, 1, LocalDate.of(2030, 2, 1), "SCHEDULED");
    }

    @Test
    void managersReadTheWholeRegisterInTheirLanguage() throws Exception {
        String page = register("manager", "?country=LA").andExpect(view().name(ObligationPages.VIEW_REGISTER))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Article 4 (MOHA)", "Article 9 (MPT)", korean("obligations.title"),
                korean("obligations.status.DUE"), korean("obligations.term.EXPIRING"), "/obligations.csv?country=LA");
    }

    @Test
    void aPartnerReadsItsOwnOrganisationsObligationsOnly() throws Exception {
        String own = register("partner-la", "").andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).contains("Article 4 (MOHA)").doesNotContain("Article 9 (MPT)")
                // the partner is the responsible side of its due obligation: it may record it
                .contains("/obligations/" + moha + "#fulfilment");
        String other = register("partner-la2", "?country=LA").andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(other).contains("Article 9 (MPT)").doesNotContain("Article 4 (MOHA)");
        // a filter naming another partner's MOU finds nothing
        assertThat(register("partner-kh", "?country=LA").andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Article 4 (MOHA)", "Article 9 (MPT)");

        mvc.perform(get("/obligations/{id}", moha).with(pages.as("partner-la"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Article 4 (MOHA)")));
        mvc.perform(get("/obligations/{id}", moha).with(pages.as("partner-la2"))).andExpect(status().isNotFound());
        mvc.perform(get("/obligations/{id}", moha).with(pages.as("partner-kh"))).andExpect(status().isNotFound());
        mvc.perform(get("/obligations/{id}", mpt).with(pages.as("partner-la"))).andExpect(status().isNotFound());
    }

    @Test
    void agenciesReadTheMousTheyLeadAndTheObligationsTheyAreResponsibleFor() throws Exception {
        assertThat(body(register("coord-molit", "?country=LA"))).contains("Article 9 (MPT)").doesNotContain("Article 4 (MOHA)");
        assertThat(body(register("coord-mois", "?country=LA"))).contains("Article 4 (MOHA)").doesNotContain("Article 9 (MPT)");
        assertThat(body(register("expert-molit", "?country=LA"))).contains("Article 9 (MPT)");
        mvc.perform(get("/obligations/{id}", mpt).with(pages.as("coord-mois"))).andExpect(status().isNotFound());
        mvc.perform(get("/obligations/{id}", mpt).with(pages.as("coord-molit"))).andExpect(status().isOk());
    }

    @Test
    void administratorsMayNotReadTheRegister() throws Exception {
        mvc.perform(get("/obligations").with(pages.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/obligations.csv").with(pages.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/obligations/{id}", moha).with(pages.as("admin"))).andExpect(status().isForbidden());
        mvc.perform(get("/obligations")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theCsvHasTheLinesWithCodesAndWordsWithinTheScope() throws Exception {
        String csv = new String(mvc.perform(get("/obligations.csv").param("country", "LA").with(pages.as("partner-la")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains("\"Clause\"", "\"Due on\"", "\"Status code\"");
        assertThat(lines.get(1)).contains("\"Article 4 (MOHA)\"", "\"LA-MOHA\"", "\"2030-01-15\"", "\"DUE\"",
                "\"Every year\"", "\"MOU on civil registration\"");
    }

    @Test
    void aFilterThatDoesNotParseIsShownAtItsFieldAndLeftOut() throws Exception {
        register("manager", "?country=LA&dueFrom=soon&mou=first")
                .andExpect(model().attributeHasFieldErrors("search", "dueFrom", "mou"))
                .andExpect(content().string(Matchers.containsString("Article 9 (MPT)")));
    }

    private org.springframework.test.web.servlet.ResultActions register(String user, String query) throws Exception {
        return mvc.perform(get("/obligations" + query).with(pages.as(user))).andExpect(status().isOk());
    }

    private static String body(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        MvcResult done = result.andReturn();
        return done.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private String korean(String code) {
        return messages.getMessage(code, null, Locale.KOREAN);
    }
}
