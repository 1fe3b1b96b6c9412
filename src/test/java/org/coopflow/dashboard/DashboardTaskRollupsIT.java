package org.coopflow.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.camunda.bpm.engine.TaskService;
import org.coopflow.account.AccountForm;
import org.coopflow.account.Accounts;
import org.coopflow.dashboard.Dashboard.AgencyTasks;
import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.tasklist.TaskList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The open and overdue tasks per agency from their roll-up (DashboardTaskRollups) on MariaDB, against the statement
 * over the task list's read model (DashboardMapper.countTasksByAgency) as the oracle: after every kind of task event
 * — opened, claimed, delegated, handed to another agency, released, its due date moved, a group added and removed,
 * completed — the two answer the same, at several instants; and the migrations' backfill (V201, V220) yields the
 * rows the live maintenance wrote. Real requests through the API and the engine, committed (the roll-up is first rebuilt from
 * the read model, so what earlier tests wrote without events counts the same on both sides).
 */
class DashboardTaskRollupsIT extends MariaDbIntegrationTest {

    /** A due date no other test's task has: only this test's task crosses it. */
    private static final ZoneId ZONE = ZoneId.systemDefault();
    private static final Instant FAR_DUE = LocalDateTime.of(2090, 6, 15, 12, 0).atZone(ZONE).toInstant();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Autowired
    TaskList taskList;

    @Autowired
    DashboardMapper statements;

    @Autowired
    DashboardTaskRollups rollups;

    @Autowired
    Dashboards dashboards;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    private TransactionTemplate transactions;

    @BeforeEach
    void rebuild() {
        transactions = new TransactionTemplate(transactionManager);
        transactions.executeWithoutResult(s -> RollupPopulation.rebuildTasksFromMigration(jdbc, dataSource));
    }

    @Test
    void everyTaskEventKeepsTheRollupEqualToTheReadModel() {
        Cast cast = Cast.of(rest);
        Map<String, AgencyTasks> before = rollup(Instant.now());

        Journey journey = Journeys.submitted(cast);
        String screening = cast.intake().taskId(journey.id(), "screenRequest");
        assertAgrees("opened");
        assertThat(open(rollup(Instant.now()), "MOIS")).isEqualTo(open(before, "MOIS") + 1);

        assertThat(cast.intake().post("/api/v1/tasks/" + screening + "/claim", null).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertAgrees("claimed");
        assertThat(cast.intake().post("/api/v1/tasks/" + screening + "/delegate", Map.of("userId", "intake-2"))
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertAgrees("delegated within MOIS");

        taskService.setAssignee(screening, "coord-komsco");
        assertAgrees("held by KOMSCO");
        assertThat(open(rollup(Instant.now()), "KOMSCO")).isEqualTo(open(before, "KOMSCO") + 1);
        assertThat(open(rollup(Instant.now()), "MOIS")).isEqualTo(open(before, "MOIS"));

        taskService.setAssignee(screening, null);
        assertAgrees("released: offered to intake (MOIS) again");
        assertThat(open(rollup(Instant.now()), "MOIS")).isEqualTo(open(before, "MOIS") + 1);

        taskService.setDueDate(screening, Date.from(Instant.now().minus(Duration.ofDays(3))));
        assertAgrees("overdue since three days");
        taskService.setDueDate(screening, Date.from(Instant.now().minus(Duration.ofMinutes(1))));
        assertAgrees("overdue since a minute");
        taskService.setDueDate(screening, null);
        assertAgrees("no due date");

        taskService.addCandidateGroup(screening, "coordinator:NIA");
        assertAgrees("offered to NIA too");
        assertThat(open(rollup(Instant.now()), "NIA")).isEqualTo(open(before, "NIA") + 1);
        taskService.addCandidateGroup(screening, "legal");
        assertAgrees("offered to a group of no agency");
        taskService.deleteCandidateGroup(screening, "coordinator:NIA");
        taskList.refreshCandidates(screening);
        assertAgrees("NIA's group removed");
        assertThat(open(rollup(Instant.now()), "NIA")).isEqualTo(open(before, "NIA"));

        cast.intake().post("/api/v1/tasks/" + screening + "/claim", null);
        cast.intake().complete(journey.id(), "screenRequest", Map.of("screeningDecision", "ACCEPT"));
        assertAgrees("screening completed: one nomination for MOIS, one for KOMSCO");
        assertThat(rollup(Instant.now())).isEqualTo(with(before, "MOIS", 1, "KOMSCO", 1));

        assertBackfillEqualsLiveRows();
    }

    @Test
    void overdueMovesWithTheClock() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.submitted(cast);
        String screening = cast.intake().taskId(journey.id(), "screenRequest");
        taskService.setDueDate(screening, Date.from(FAR_DUE));

        Map<String, AgencyTasks> anHourBefore = rollup(FAR_DUE.minus(Duration.ofHours(1)));
        Map<String, AgencyTasks> anHourAfter = rollup(FAR_DUE.plus(Duration.ofHours(1)));
        Map<String, AgencyTasks> aDayAfter = rollup(FAR_DUE.plus(Duration.ofDays(1)));

        // due today and past: counted from the day's rows; due on an earlier day: from the counters
        assertThat(overdue(anHourAfter, "MOIS")).isEqualTo(overdue(anHourBefore, "MOIS") + 1);
        assertThat(overdue(aDayAfter, "MOIS")).isEqualTo(overdue(anHourAfter, "MOIS"));
        for (Instant at : List.of(FAR_DUE.minus(Duration.ofHours(1)), FAR_DUE, FAR_DUE.plusMillis(1),
                FAR_DUE.plus(Duration.ofHours(1)), FAR_DUE.plus(Duration.ofDays(1)))) {
            assertThat(rollup(at)).as("at %s", at).isEqualTo(statement(at));
        }
        // the dashboard's own figures (its clock: now) come from the roll-up without a filter
        Dashboard unfiltered = dashboards.figures(users.currentUserOf("manager"), DashboardFilter.none());
        assertThat(byAgency(unfiltered.tasksByAgency())).isEqualTo(statement(unfiltered.asOf()));

        taskService.claim(screening, "intake-2");
        taskService.complete(screening, Map.of("screeningDecision", "DECLINE", "screeningReason", "Test."));
        assertThat(overdue(rollup(FAR_DUE.plus(Duration.ofHours(1))), "MOIS"))
                .isEqualTo(overdue(anHourBefore, "MOIS"));
        assertAgrees("closed");
    }

    @Test
    void theTasksOfAnAccountMovedToAnotherAgencyCountThereAtOnce() {
        Cast cast = Cast.of(rest);
        String username = "moved-" + Long.toString(System.nanoTime(), 36);
        CurrentUser admin = users.currentUserOf("admin");
        accounts.create(admin, account(username, "MOIS", "expert:MOIS"), null);
        Journey journey = Journeys.submitted(cast);
        String screening = cast.intake().taskId(journey.id(), "screenRequest");
        taskService.setAssignee(screening, username);
        Map<String, AgencyTasks> held = rollup(Instant.now());

        accounts.update(admin, username, account(username, "KOMSCO", "expert:KOMSCO"), null);

        assertAgrees("its holder moved from MOIS to KOMSCO");
        Map<String, AgencyTasks> moved = rollup(Instant.now());
        assertThat(open(moved, "KOMSCO")).isEqualTo(open(held, "KOMSCO") + 1);
        assertThat(open(moved, "MOIS")).isEqualTo(open(held, "MOIS") - 1);
    }

    private static AccountForm account(String username, String organisation, String group) {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("Moved Official");
        form.setEmail(username + "@mois.go.kr.example");
        form.setOrganisationCode(organisation);
        form.setGroups(List.of(group));
        return form;
    }

    /** The roll-up and the statement agree now, just before and after, and far ahead. */
    private void assertAgrees(String step) {
        Instant now = Instant.now();
        for (Instant at : List.of(now, now.minus(Duration.ofDays(2)), now.plus(Duration.ofDays(30)))) {
            assertThat(rollup(at)).as("%s, at %s", step, at).isEqualTo(statement(at));
        }
    }

    /** V201 and V220 run again over the read model write the same rows (non-zero counters) as the listeners did. */
    private void assertBackfillEqualsLiveRows() {
        Map<String, List<Map<String, Object>>> live = liveRows();
        transactions.executeWithoutResult(status -> {
            RollupPopulation.rebuildTasksFromMigration(jdbc, dataSource);
            assertThat(liveRows()).isEqualTo(live);
            status.setRollbackOnly();
        });
    }

    private Map<String, List<Map<String, Object>>> liveRows() {
        return Map.of(
                "dashboard_task_agency", jdbc.queryForList("SELECT task_id, agency_code, due_on, due_at, slot"
                        + " FROM dashboard_task_agency ORDER BY task_id, agency_code"),
                "dashboard_task_count", jdbc.queryForList("SELECT agency_code, due_on, SUM(tasks) AS tasks"
                        + " FROM dashboard_task_count GROUP BY agency_code, due_on HAVING SUM(tasks) <> 0"
                        + " ORDER BY agency_code, due_on"));
    }

    private Map<String, AgencyTasks> rollup(Instant at) {
        return byAgency(rollups.countByAgency(at));
    }

    private Map<String, AgencyTasks> statement(Instant at) {
        return byAgency(statements.countTasksByAgency(DashboardFilter.none(), at));
    }

    private static Map<String, AgencyTasks> byAgency(List<AgencyTasks> tasks) {
        return tasks.stream().collect(Collectors.toMap(AgencyTasks::agency, Function.identity()));
    }

    private static long open(Map<String, AgencyTasks> tasks, String agency) {
        return tasks.containsKey(agency) ? tasks.get(agency).openTasks() : 0;
    }

    private static long overdue(Map<String, AgencyTasks> tasks, String agency) {
        return tasks.containsKey(agency) ? tasks.get(agency).overdueTasks() : 0;
    }

    /** {@code before} with one more open task (not overdue) for each agency named. */
    private static Map<String, AgencyTasks> with(Map<String, AgencyTasks> before, String a, int more, String b,
                                                 int moreOfB) {
        Map<String, AgencyTasks> after = new java.util.HashMap<>(before);
        after.merge(a, new AgencyTasks(a, more, 0), DashboardTaskRollupsIT::add);
        after.merge(b, new AgencyTasks(b, moreOfB, 0), DashboardTaskRollupsIT::add);
        return after;
    }

    private static AgencyTasks add(AgencyTasks x, AgencyTasks y) {
        return new AgencyTasks(x.agency(), x.openTasks() + y.openTasks(), x.overdueTasks() + y.overdueTasks());
    }
}
