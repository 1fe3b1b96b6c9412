package org.coopflow.tasklist;

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
import org.coopflow.request.RequestMapper;
import org.coopflow.shared.Page;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.support.RequestRows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * A queue longer than the count goes: 10,001 tasks offered to one official (their own queue, as a substitute's
 * would be), written in the test's transaction and rolled back. The API says "more than 10,000" and still pages on
 * past it; the page says so in the reader's language.
 */
@Transactional
class TaskListPastTheLimitIT extends MariaDbIntegrationTest {

    private static final String OFFICIAL = "intake-2";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    RequestMapper requests;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    MessageSource messages;

    @Autowired
    UserPreferences preferences;

    @BeforeEach
    void tenThousandAndOneTasks() {
        Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Long requestId = RequestRows.insert(requests, "Past the limit", t0);
        String prefix = "limit-" + UUID.randomUUID().toString().substring(0, 8) + "-";
        List<Object[]> views = new ArrayList<>();
        List<Object[]> candidates = new ArrayList<>();
        for (int i = 0; i < Page.COUNT_UP_TO; i++) {
            String id = prefix + i;
            Timestamp created = Timestamp.from(t0.minusSeconds(i));
            views.add(new Object[] {id, requestId, "pi-" + requestId, "screenRequest", "Screen the request", created,
                    created, "TM-" + requestId, "Past the limit"});
            candidates.add(new Object[] {"user:" + OFFICIAL, id, created, created});
        }
        jdbc.batchUpdate("INSERT INTO task_view (task_id, request_id, process_instance_id, task_key, name, assignee,"
                + " created_at, due_at, sort_due, reference, title, partner_org, country_code, sector_code, stage)"
                + " VALUES (?, ?, ?, ?, ?, NULL, ?, NULL, TIMESTAMP '9999-12-31 00:00:00', ?, ?, 'KH-MOI', 'KH',"
                + " 'NATIONAL_ID', 'SCREENING')", views.stream().map(v -> new Object[] {v[0], v[1], v[2], v[3], v[4],
                v[5], v[7], v[8]}).toList());
        jdbc.batchUpdate("INSERT INTO task_candidate (group_id, task_id, claimable, sort_due, created_at, group_count)"
                + " VALUES (?, ?, TRUE, TIMESTAMP '9999-12-31 00:00:00', ?, 1)", candidates.stream()
                .map(c -> new Object[] {c[0], c[1], c[2]}).toList());
    }

    @Test
    void theApiSaysMoreThanTenThousandAndPagesOnPastIt() throws Exception {
        mvc.perform(get("/api/v1/tasks").param("view", "OFFERED").param("size", "200").with(as(OFFICIAL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(Page.COUNT_LIMIT))
                .andExpect(jsonPath("$.totalIsExact").value(false))
                .andExpect(jsonPath("$.hasNext").value(true))
                .andExpect(jsonPath("$.items.length()").value(200));

        // page 51 of 200 (from the 10,001st task on): there, and the count still says "more than"
        mvc.perform(get("/api/v1/tasks").param("view", "OFFERED").param("size", "200").param("page", "50")
                        .with(as(OFFICIAL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalIsExact").value(false))
                .andExpect(jsonPath("$.items.length()").value(org.hamcrest.Matchers.greaterThanOrEqualTo(1)));

        // beyond the last task: an empty page with no next
        mvc.perform(get("/api/v1/tasks").param("view", "OFFERED").param("size", "200").param("page", "500")
                        .with(as(OFFICIAL)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()").value(0))
                .andExpect(jsonPath("$.hasNext").value(false));
    }

    @Test
    void thePageSaysMoreThanTenThousandInEveryLanguageAndOffersTheNextPage() throws Exception {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.KOREAN, Locale.forLanguageTag("es"), Locale.FRENCH)) {
            preferences.saveLocale(OFFICIAL, locale); // rolled back with the test
            String page = mvc.perform(get("/tasks").param("view", "offered").with(as(OFFICIAL)))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

            String moreThan = messages.getMessage("tasks.tab.offered.many", new Object[] {Page.COUNT_LIMIT}, locale);
            assertThat(page).as(locale.toString()).contains(moreThan)
                    .contains(messages.getMessage("common.page", new Object[] {1}, locale))
                    .contains("rel=\"next\"");
            assertThat(moreThan).as(locale.toString()).doesNotContain("10001");
        }
        assertThat(messages.getMessage("tasks.tab.offered.many", new Object[] {Page.COUNT_LIMIT}, Locale.ENGLISH))
                .isEqualTo("Offered to my groups (more than 10,000)");
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
