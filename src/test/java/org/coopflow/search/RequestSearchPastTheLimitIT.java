package org.coopflow.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.UserPreferences;
import org.coopflow.request.RequestService;
import org.coopflow.shared.Page;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * A word in more requests than the count goes (10,001, written in the test's transaction and rolled back): the search
 * says "more than 10,000", pages on past it, and its first page is still the newest requests that have the word —
 * with a second, rarer word too, then counted exactly.
 */
@Transactional
class RequestSearchPastTheLimitIT extends MariaDbIntegrationTest {

    private static final int RARE = 30;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RequestService requests;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    MessageSource messages;

    @Autowired
    UserPreferences preferences;

    private String common;
    private String rare;
    private String marker;

    @BeforeEach
    void tenThousandAndOneRequestsWithOneWord() {
        // 10 random letters (a-p): "rarerwordthanthat" and them within a term's 32 characters
        String letters = UUID.randomUUID().toString().replace("-", "").chars().limit(10)
                .map(c -> 'a' + Character.digit(c, 16))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        common = "commonword" + letters;
        rare = "rarerwordthanthat" + letters;
        marker = "limit-" + UUID.randomUUID() + "-";
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < Page.COUNT_UP_TO; i++) {
            // created in an order unlike the ids': every other request is older than its id says
            Timestamp created = Timestamp.from(t0.minus(i % 2 == 0 ? i : i + 5_000, ChronoUnit.MINUTES));
            rows.add(new Object[] {"REF-" + i, "Request " + common, marker + i, created, created});
        }
        jdbc.batchUpdate("INSERT INTO cooperation_request (reference, partner_org, country_code, sector_code, title,"
                + " description, modality, urgent, languages, contact_name, contact_email, status, idempotency_key,"
                + " created_by, created_at, updated_at, version) VALUES (?, 'KH-MOI', 'KH', 'NATIONAL_ID', ?, 'A test.',"
                + " 'ONLINE_FORUM', FALSE, 'km,en', 'Sokha Chan', 'sokha@example.org', 'SCREENING', ?, 'partner-kh', ?, ?,"
                + " 0)", rows);
        jdbc.update("INSERT INTO request_search_term (term, request_id, created_at) SELECT ?, id, created_at"
                + " FROM cooperation_request WHERE idempotency_key LIKE ?", common, marker + "%");
        jdbc.update("INSERT INTO request_search_term (term, request_id, created_at) SELECT ?, id, created_at"
                + " FROM cooperation_request WHERE idempotency_key LIKE ? AND id % 300 = 0", rare, marker + "%");
    }

    @Test
    void aWordInMoreThanTenThousandRequestsSaysSoAndItsFirstPageIsTheNewest() throws Exception {
        mvc.perform(get("/api/v1/requests").param("q", common).param("size", "20").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(Page.COUNT_LIMIT))
                .andExpect(jsonPath("$.totalIsExact").value(false))
                .andExpect(jsonPath("$.hasNext").value(true))
                .andExpect(jsonPath("$.items[0].reference").value("REF-0"));

        List<String> newest = jdbc.queryForList("SELECT reference FROM cooperation_request WHERE idempotency_key LIKE ?"
                + " ORDER BY created_at DESC, id DESC LIMIT 20 OFFSET 9980", String.class, marker + "%");
        String deep = mvc.perform(get("/api/v1/requests").param("q", common).param("size", "20").param("page", ""
                        + 9980 / 20).with(as("manager")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hasNext").value(true))
                .andReturn().getResponse().getContentAsString();
        assertThat(deep).contains("\"reference\":\"" + newest.get(0) + "\"", "\"reference\":\"" + newest.get(19) + "\"");
    }

    @Test
    void twoWordsAreCountedExactlyBelowTheLimitNewestFirst() throws Exception {
        List<String> expected = jdbc.queryForList("SELECT reference FROM cooperation_request WHERE idempotency_key"
                + " LIKE ? AND id % 300 = 0 ORDER BY created_at DESC, id DESC", String.class, marker + "%");
        assertThat(expected).hasSizeGreaterThan(RARE);

        String answer = mvc.perform(get("/api/v1/requests").param("q", common + " " + rare).param("size", "200")
                        .with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(expected.size()))
                .andExpect(jsonPath("$.totalIsExact").value(true))
                .andExpect(jsonPath("$.hasNext").value(false))
                .andReturn().getResponse().getContentAsString();
        int at = -1;
        for (String reference : expected) {
            int next = answer.indexOf("\"reference\":\"" + reference + "\"");
            assertThat(next).as("%s after the one before", reference).isGreaterThan(at);
            at = next;
        }
    }

    @Test
    void theListPageSaysMoreThanTenThousandInEveryLanguage() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN, Locale.forLanguageTag("es"), Locale.FRENCH)) {
            preferences.saveLocale("manager", locale); // rolled back with the test
            String page = mvc.perform(get("/requests").param("q", common).with(as("manager")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            assertThat(page).as(locale.toString())
                    .contains(messages.getMessage("requests.list.tooMany", new Object[] {Page.COUNT_LIMIT}, locale))
                    .contains(messages.getMessage("requests.list.caption.many", new Object[] {Page.COUNT_LIMIT}, locale))
                    .contains("rel=\"next\"");
        }
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
