package org.coopflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.TaskService;
import org.coopflow.support.Journeys;
import org.coopflow.support.Journeys.Cast;
import org.coopflow.support.Journeys.Journey;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * Deadlines from the task list's due dates: a step due within two days is announced once to whoever may take it,
 * and once more when its due date has passed; passes in between announce nothing again. Each test moves its step's
 * due date years ahead, alone in its window (as an extension would), so other tests' steps stay out of it.
 */
class DeadlineNoticesIT extends MariaDbIntegrationTest {

    @Autowired
    DeadlineNotices deadlines;

    @Autowired
    InboxMapper mapper;

    @Autowired
    TaskList taskList;

    @Autowired
    TestRestTemplate rest;

    @Autowired
    TaskService taskService;

    @Test
    void aStepDueSoonIsAnnouncedOnceAndAgainOnceOverdue() {
        Journey journey = Journeys.submitted(Cast.of(rest));
        OpenTask screening = dueAlone(journey);

        deadlines.announce(screening.due().minus(Duration.ofDays(3)));
        assertThat(deadlineItems("intake", screening)).isEmpty();

        deadlines.announce(screening.due().minus(Duration.ofHours(20)));
        deadlines.announce(screening.due().minus(Duration.ofHours(19)));
        for (String intake : List.of("intake", "intake-2")) {
            assertThat(deadlineItems(intake, screening)).as(intake).singleElement().satisfies(item -> {
                assertThat(item.kind).isEqualTo(ItemKind.DEADLINE_SOON);
                assertThat(item.dueAt).isEqualTo(screening.due());
                assertThat(item.targetLink).isEqualTo("/tasks/" + screening.taskId());
            });
        }

        deadlines.announce(screening.due().plus(Duration.ofMinutes(10)));
        deadlines.announce(screening.due().plus(Duration.ofHours(2)));
        assertThat(deadlineItems("intake", screening)).extracting(i -> i.kind)
                .containsExactly(ItemKind.DEADLINE_SOON, ItemKind.DEADLINE_PASSED);
        assertThat(deadlineItems("partner-kh", screening)).isEmpty();
    }

    @Test
    void theHolderAloneHearsOfTheDeadlineOfAStepTheyTook() {
        Cast cast = Cast.of(rest);
        Journey journey = Journeys.submitted(cast);
        OpenTask screening = dueAlone(journey);
        cast.intake().post("/api/v1/tasks/" + screening.taskId() + "/claim", null);

        deadlines.announce(screening.due().minus(Duration.ofHours(1)));

        assertThat(deadlineItems("intake", screening)).hasSize(1);
        assertThat(deadlineItems("intake-2", screening)).isEmpty();
    }

    /** The request's screening step, due at a moment of its own some twenty years ahead. */
    private OpenTask dueAlone(Journey journey) {
        String taskId = taskList.openTasksOf(journey.id()).get(0).taskId();
        Instant due = Instant.parse("2045-01-01T09:00:00Z").plus(Duration.ofDays(30 * (journey.id() % 200)));
        taskService.setDueDate(taskId, Date.from(due));
        OpenTask task = taskList.find(taskId).orElseThrow();
        assertThat(task.due()).isEqualTo(due);
        return task;
    }

    private List<InboxItem> deadlineItems(String username, OpenTask task) {
        return mapper.findPage(username, false, 0, 10_000).stream()
                .filter(i -> task.taskId().equals(i.taskId))
                .filter(i -> i.kind == ItemKind.DEADLINE_SOON || i.kind == ItemKind.DEADLINE_PASSED)
                .sorted(java.util.Comparator.comparing(i -> i.id)).toList();
    }
}
