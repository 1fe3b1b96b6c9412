package org.coopflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.function.Predicate;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.request.RequestMapper;
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
 * The dashboard page, its CSV and the API's dashboard: for managers only, on the fixture's requests (MockMvc runs
 * in the test's thread, so the rolled-back rows of DashboardFixture are what the pages count).
 */
@Transactional
class DashboardPagesIT extends MariaDbIntegrationTest {

    private static final String[] NOT_MANAGERS = {"partner-kh", "intake", "coord-mois", "expert-mois", "legal", "admin"};

    @Autowired
    MockMvc mvc;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    RequestMapper requests;

    @Autowired
    StageTimeProjection stageTimes;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessageSource messages;

    @Autowired
    Clock clock;

    private Pages pages;
    private DashboardFixture fixture;

    @BeforeEach
    void scenario() {
        pages = new Pages(users);
        fixture = new DashboardFixture(requests, stageTimes, jdbc);
        fixture.scenario(clock.instant());
    }

    @Test
    void managerReadsTheFiguresInKoreanWithAccessibleTables() throws Exception {
        // the manager's account reads Korean; the fixture's requests are submitted at noon in Seoul
        // (a query string, not MockMvc parameters: the CSV link repeats the page's own query)
        MvcResult page = mvc.perform(get("/dashboard?from={day}&to={day}", day(), day()).with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(view().name(DashboardPages.VIEW_DASHBOARD))
                .andExpect(content().string(Matchers.containsString("<h1>" + korean("dashboard.title") + "</h1>")))
                .andExpect(content().string(Matchers.containsString(korean("dashboard.byCountry.caption"))))
                .andExpect(content().string(Matchers.containsString(korean("status.SCREENING"))))
                // how precise a median is (without dates: from the roll-ups' histogram)
                .andExpect(content().string(Matchers.containsString(korean("dashboard.cycleTime.medianPrecision"))))
                .andExpect(content().string(Matchers.containsString("<th scope=\"row\">")))
                .andExpect(content().string(Matchers.containsString("<caption>")))
                .andExpect(content().string(Matchers.containsString("href=\"/dashboard\"")))
                .andExpect(content().string(Matchers.containsString("/dashboard.csv?from=" + day() + "&amp;to=" + day())))
                .andReturn();

        DashboardTables.Tables tables = (DashboardTables.Tables) page.getModelAndView().getModel().get("tables");
        assertThat(tables.figures().requests()).isEqualTo(4);
        assertThat(tables.byCountry()).extracting(DashboardTables.Line::code, DashboardTables.Line::value,
                DashboardTables.Line::percent).containsExactly(
                tuple("KH", 3L, 100), tuple("GT", 1L, 33));
        assertThat(tables.byCountry().get(0).label()).isEqualTo(new Locale("", "KH").getDisplayCountry(Locale.KOREAN));
        assertThat(tables.tasksByAgency()).extracting(DashboardTables.TaskLine::code).containsExactly("MOIS", "KOMSCO", "NEC");
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("width: 33%");
    }

    @Test
    void eachFigureLeadsToTheSearchForTheRequestsItCounts() throws Exception {
        String page = mvc.perform(get("/dashboard").param("from", day()).param("to", day()).with(pages.as("manager")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        String base = "/requests?createdFrom=" + day() + "&amp;createdTo=" + day();
        assertThat(page).contains("href=\"" + base + "\"") // the total
                .contains("href=\"" + base + "&amp;country=KH\"")
                .contains("href=\"" + base + "&amp;status=SCREENING\"")
                .contains("href=\"" + base + "&amp;sector=NATIONAL_ID\"")
                .contains("href=\"" + base + "&amp;agency=MOIS\"");
        // the search finds as many requests as the figure counts (3 from Cambodia that day)
        MvcResult search = mvc.perform(get("/requests").param("createdFrom", day()).param("createdTo", day())
                        .param("country", "KH").with(pages.as("manager")))
                .andExpect(status().isOk()).andReturn();
        assertThat(((org.coopflow.shared.Page<?>) search.getModelAndView().getModel().get("result")).total())
                .isEqualTo(3);
    }

    @Test
    void filtersNarrowThePage() throws Exception {
        MvcResult page = mvc.perform(get("/dashboard").param("from", day()).param("to", day())
                        .param("sector", "NATIONAL_ID").param("country", "GT").with(pages.as("manager")))
                .andExpect(status().isOk())
                .andReturn();

        DashboardTables.Tables tables = (DashboardTables.Tables) page.getModelAndView().getModel().get("tables");
        assertThat(tables.figures().requests()).isEqualTo(1);
        assertThat(tables.figures().filter().sector()).isEqualTo("NATIONAL_ID");
    }

    @Test
    void aDateThatDoesNotParseIsShownAtItsField() throws Exception {
        mvc.perform(get("/dashboard").param("from", "yesterday").with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("search", "from"))
                .andExpect(content().string(Matchers.containsString(korean("form.invalidDate"))));
    }

    @Test
    void theSameFiguresDownloadAsCsv() throws Exception {
        byte[] csv = mvc.perform(get("/dashboard.csv").param("from", day()).param("to", day())
                        .with(pages.as("manager")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", Matchers.startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                .andReturn().getResponse().getContentAsByteArray();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text.lines().findFirst().orElseThrow()).contains("\"" + korean("dashboard.csv.figure") + "\",\""
                + korean("dashboard.csv.code") + "\"");
        // figure, code, name (in the reader's language), measure, value
        assertThat(text.lines()).anyMatch(row("dashboard.byCountry.title", "KH", "dashboard.column.requests", "3"))
                .anyMatch(row("dashboard.tasks.title", "MOIS", "dashboard.column.overdueTasks", "2"))
                .anyMatch(row("dashboard.cycleTime.title", "SCREENING", "dashboard.column.medianDays", "2.0"))
                .anyMatch(row("dashboard.mous.title", "2026", "dashboard.column.mous", "2"));
    }

    @Test
    void theApiAnswersTheSameFiguresAsJson() throws Exception {
        mvc.perform(get("/api/v1/dashboard").param("from", day()).param("to", day())
                        .with(httpBasic("manager", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requests").value(4))
                .andExpect(jsonPath("$.byCountry[0].code").value("KH"))
                .andExpect(jsonPath("$.byCountry[0].requests").value(3))
                .andExpect(jsonPath("$.bySector[0].code").value("NATIONAL_ID"))
                .andExpect(jsonPath("$.byStatus.length()").value(11))
                .andExpect(jsonPath("$.byAgency[0].agency").value("MOIS"))
                .andExpect(jsonPath("$.byAgency[0].asLead").value(2))
                .andExpect(jsonPath("$.tasksByAgency[0].agency").value("MOIS"))
                .andExpect(jsonPath("$.tasksByAgency[0].overdueTasks").value(2))
                .andExpect(jsonPath("$.cycleTimes[0].stage").value("SCREENING"))
                .andExpect(jsonPath("$.cycleTimes[0].medianDays").value(2.0))
                .andExpect(jsonPath("$.cycleTimes[0].averageDays").value(2.5))
                .andExpect(jsonPath("$.mousSignedPerYear[1].year").value(2026))
                .andExpect(jsonPath("$.mousSignedPerYear[1].signed").value(2));
    }

    @Test
    void onlyManagersGetTheDashboard() throws Exception {
        for (String username : NOT_MANAGERS) {
            mvc.perform(get("/dashboard").with(pages.as(username)))
                    .andExpect(status().isForbidden())
                    .andExpect(view().name("error"));
            mvc.perform(get("/dashboard.csv").with(pages.as(username)))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/dashboard").with(httpBasic(username, "demo")))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.code").value("dashboard.forbidden"));
        }
        // intake's account reads Korean: the friendly page in Korean, and no dashboard in the navigation
        mvc.perform(get("/dashboard").with(pages.as("intake")))
                .andExpect(content().string(Matchers.containsString(korean("error.page.forbidden"))));
        mvc.perform(get("/requests").with(pages.as("intake")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/dashboard\""))));
    }

    @Test
    void signedOutVisitorsAreAskedToSignIn() throws Exception {
        mvc.perform(get("/dashboard")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/dashboard.csv")).andExpect(status().isFound()).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/api/v1/dashboard"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", Matchers.startsWith("Basic")));
    }

    private String day() {
        return fixture.day.toString();
    }

    private Predicate<String> row(String figure, String code, String measure, String value) {
        return line -> line.startsWith("\"" + korean(figure) + "\",\"" + code + "\",")
                && line.endsWith(",\"" + korean(measure) + "\",\"" + value + "\"");
    }

    private String korean(String code) {
        return messages.getMessage(code, null, Locale.KOREAN);
    }
}
