package org.coopflow.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.coopflow.request.RequestMapper;
import org.coopflow.request.RequestStatus;
import org.coopflow.shared.Page;
import org.coopflow.support.RequestRows;
import org.coopflow.support.MariaDbIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task list read model (task_view, task_candidate) on MariaDB: rows of the test's own requests,
 * assignees and candidate groups (unique names), so other tests' tasks never show up. Rolled back.
 */
@Transactional
class TaskViewMapperIT extends MariaDbIntegrationTest {

    @Autowired
    TaskViewMapper mapper;

    @Autowired
    RequestMapper requests;

    @Autowired
    JdbcTemplate jdbc;

    private String u;
    private String me;
    private String colleague;
    private String groupA;
    private String groupB;
    private String foreignGroup;
    private Instant t0;
    private Long screeningRequest;
    private Long consultationRequest;

    @BeforeEach
    void fixture() {
        u = UUID.randomUUID().toString().substring(0, 8);
        me = "it-me-" + u;
        colleague = "it-colleague-" + u;
        groupA = "coordinator:IT-A-" + u;
        groupB = "expert:IT-B-" + u;
        foreignGroup = "coordinator:IT-C-" + u;
        t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        screeningRequest = request("KH-MOI", "KH", "NATIONAL_ID", RequestStatus.SCREENING);
        consultationRequest = request("GT-MINGOB", "GT", "SMART_CITY", RequestStatus.CONSULTATION);
    }

    @Test
    void insertCopiesTheRequestsReferenceTitlePartnerCountrySectorAndStatus() {
        String id = task(screeningRequest, "screenRequest", null, t0, t0.plus(5, ChronoUnit.DAYS), groupA, groupB);

        TaskViewRow row = mapper.findById(id);

        assertThat(row.taskId()).isEqualTo(id);
        assertThat(row.requestId()).isEqualTo(screeningRequest);
        assertThat(row.processInstanceId()).isEqualTo("pi-" + screeningRequest);
        assertThat(row.taskKey()).isEqualTo("screenRequest");
        assertThat(row.name()).isEqualTo("Task screenRequest");
        assertThat(row.assignee()).isNull();
        assertThat(row.createdAt()).isEqualTo(t0);
        assertThat(row.dueAt()).isEqualTo(t0.plus(5, ChronoUnit.DAYS));
        assertThat(row.reference()).isEqualTo("TM-" + screeningRequest);
        assertThat(row.title()).isEqualTo("Task view test");
        assertThat(row.partnerOrg()).isEqualTo("KH-MOI");
        assertThat(row.countryCode()).isEqualTo("KH");
        assertThat(row.sectorCode()).isEqualTo("NATIONAL_ID");
        assertThat(row.stage()).isEqualTo("SCREENING");
        assertThat(row.candidateGroups()).isEqualTo(String.join(",", List.of(groupA, groupB).stream().sorted().toList()));

        OpenTask open = row.toOpenTask();
        assertThat(open.candidateGroups()).containsExactlyInAnyOrder(groupA, groupB);
    }

    @Test
    void insertForAnUnknownRequestWritesNothing() {
        String id = "it-task-" + UUID.randomUUID();

        int inserted = mapper.insertFromRequest(id, Long.MAX_VALUE, "pi", "screenRequest", "Screen", null, t0, null);

        assertThat(inserted).isZero();
        assertThat(mapper.findById(id)).isNull();
    }

    @Test
    void taskWithoutCandidatesHasNoCandidateGroups() {
        String id = task(screeningRequest, "giveFeedback", me, t0, null);

        TaskViewRow row = mapper.findById(id);
        assertThat(row.candidateGroups()).isNull();
        assertThat(row.toOpenTask().candidateGroups()).isEmpty();
    }

    @Test
    void assignedListShowsOnlyTheAssigneesTasksDueSoonestFirst() {
        String later = task(screeningRequest, "a", me, t0, t0.plus(2, ChronoUnit.DAYS), groupA);
        String sooner = task(screeningRequest, "b", me, t0, t0.plus(1, ChronoUnit.HOURS));
        String noDue = task(consultationRequest, "c", me, t0, null);
        task(screeningRequest, "d", colleague, t0, t0.plus(1, ChronoUnit.MINUTES), groupA);
        task(screeningRequest, "e", null, t0, t0, groupA);

        assertThat(ids(mapper.findAssigned(me, TaskListFilter.none(), 0, 50))).containsExactly(sooner, later, noDue);
        assertThat(mapper.countAssigned(me, TaskListFilter.none(), Page.COUNT_UP_TO)).isEqualTo(3);
        assertThat(mapper.countAssigned("it-nobody-" + u, TaskListFilter.none(), Page.COUNT_UP_TO)).isZero();
    }

    @Test
    void offeredListShowsUnassignedTasksOfMyGroups() {
        String a = task(screeningRequest, "a", null, t0, t0.plus(3, ChronoUnit.DAYS), groupA);
        String b = task(screeningRequest, "b", null, t0, t0.plus(1, ChronoUnit.DAYS), groupB, foreignGroup);
        String both = task(consultationRequest, "both", null, t0, t0.plus(2, ChronoUnit.DAYS), groupA, groupB);
        task(screeningRequest, "claimed", colleague, t0, t0, groupA);
        task(screeningRequest, "foreign", null, t0, t0, foreignGroup);

        List<String> groups = List.of(groupA, groupB);
        assertThat(ids(mapper.findOffered(groups, TaskListFilter.none(), 0, 50))).containsExactly(b, both, a);
        assertThat(mapper.countOffered(groups, TaskListFilter.none(), Page.COUNT_UP_TO)).isEqualTo(3);
        assertThat(ids(mapper.findOffered(List.of(groupA), TaskListFilter.none(), 0, 50))).containsExactly(both, a);
        assertThat(mapper.countOffered(List.of("it-no-group-" + u), TaskListFilter.none(), Page.COUNT_UP_TO)).isZero();
    }

    @Test
    void myListIsMyTasksAndUnclaimedTasksOfMyGroups() {
        String mine = task(screeningRequest, "mine", me, t0, t0.plus(4, ChronoUnit.DAYS), groupA);
        String offered = task(screeningRequest, "offered", null, t0, t0.plus(1, ChronoUnit.DAYS), groupB);
        String mineElsewhere = task(consultationRequest, "mineElsewhere", me, t0, null, foreignGroup);
        String claimedByColleague = task(screeningRequest, "claimed", colleague, t0, t0, groupA);
        String foreign = task(screeningRequest, "foreign", null, t0, t0, foreignGroup);

        List<String> groups = List.of(groupA, groupB);
        List<String> list = ids(mapper.findMine(me, groups, TaskListFilter.none(), 0, 50));

        assertThat(list).containsExactly(offered, mine, mineElsewhere).doesNotContain(claimedByColleague, foreign);
        assertThat(mapper.countMine(me, groups, TaskListFilter.none(), Page.COUNT_UP_TO)).isEqualTo(3);
        // without groups (e.g. a user with none): only what is assigned
        assertThat(ids(mapper.findMine(me, List.of(), TaskListFilter.none(), 0, 50))).containsExactly(mine, mineElsewhere);
        assertThat(mapper.countMine(me, List.of(), TaskListFilter.none(), Page.COUNT_UP_TO)).isEqualTo(2);
        // the colleague who claimed sees it, the group no longer does
        assertThat(ids(mapper.findMine(colleague, List.of(), TaskListFilter.none(), 0, 50))).containsExactly(claimedByColleague);
    }

    @Test
    void tasksDueAtTheSameTimeAreOrderedByCreationThenId() {
        Instant due = t0.plus(1, ChronoUnit.DAYS);
        String second = task(screeningRequest, "x", me, t0.plusSeconds(10), due);
        String first = task(screeningRequest, "y", me, t0, due);
        String undatedOld = task(screeningRequest, "z", me, t0.minusSeconds(60), null);
        String undatedNew = task(screeningRequest, "w", me, t0, null);

        assertThat(ids(mapper.findAssigned(me, TaskListFilter.none(), 0, 50)))
                .containsExactly(first, second, undatedOld, undatedNew);
    }

    @Test
    void pagesCoverTheListOnceAndMatchTheCount() {
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            // alternately assigned and offered; due one hour apart, in list order
            expected.add(task(i % 2 == 0 ? screeningRequest : consultationRequest, "task" + i, i % 2 == 0 ? me : null,
                    t0, t0.plus(i + 1, ChronoUnit.HOURS), groupA));
        }
        List<String> groups = List.of(groupA);

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 10; offset += 3) {
            List<String> page = ids(mapper.findMine(me, groups, TaskListFilter.none(), offset, 3));
            assertThat(page.size()).isLessThanOrEqualTo(3);
            paged.addAll(page);
        }

        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(mapper.countMine(me, groups, TaskListFilter.none(), Page.COUNT_UP_TO)).isEqualTo(7);
        assertThat(ids(mapper.findMine(me, groups, TaskListFilter.none(), 6, 3))).containsExactly(expected.get(6));
        assertThat(mapper.findMine(me, groups, TaskListFilter.none(), 7, 3)).isEmpty();
        assertThat(ids(mapper.findAssigned(me, TaskListFilter.none(), 1, 2))).containsExactly(expected.get(2), expected.get(4));
        assertThat(ids(mapper.findOffered(groups, TaskListFilter.none(), 2, 5))).containsExactly(expected.get(5));
    }

    @Test
    void pagesMergeTheQueuesOfSeveralGroupsAndMyOwnTasks() {
        // 12 tasks, due one hour apart, spread over three groups and my own; one offered to two of my groups
        List<String> expected = new ArrayList<>();
        String[][] offeredTo = {{groupA}, {groupB}, {}, {groupA, groupB}, {groupB}, {}, {groupA}, {groupA},
                {groupB}, {}, {groupA, foreignGroup}, {groupB}};
        for (int i = 0; i < offeredTo.length; i++) {
            expected.add(task(i % 2 == 0 ? screeningRequest : consultationRequest, "task" + i,
                    offeredTo[i].length == 0 ? me : null, t0, t0.plus(i + 1, ChronoUnit.HOURS), offeredTo[i]));
        }
        String undated = task(screeningRequest, "undated", null, t0, null, groupB);
        expected.add(undated);
        task(screeningRequest, "claimedByColleague", colleague, t0, t0, groupA);
        task(screeningRequest, "foreign", null, t0, t0, foreignGroup);
        List<String> groups = List.of(groupA, groupB);

        for (int size : new int[] {1, 2, 5, 50}) {
            List<String> paged = new ArrayList<>();
            for (int offset = 0; offset < expected.size() + size; offset += size) {
                paged.addAll(ids(mapper.findMine(me, groups, TaskListFilter.none(), offset, size)));
            }
            assertThat(paged).as("pages of %d", size).containsExactlyElementsOf(expected);
        }
        assertThat(mapper.countMine(me, groups, TaskListFilter.none(), Page.COUNT_UP_TO)).isEqualTo(expected.size());
        assertThat(mapper.countOffered(groups, TaskListFilter.none(), Page.COUNT_UP_TO)).isEqualTo(expected.size() - 3);
        assertThat(ids(mapper.findOffered(groups, TaskListFilter.none(), 8, 50)))
                .containsExactlyElementsOf(expected.stream().filter(id -> !List.of(expected.get(2), expected.get(5),
                        expected.get(9)).contains(id)).skip(8).toList());
    }

    @Test
    void longestWaitingFirstMergesTheQueuesByCreationTime() {
        // created one hour apart, due in the opposite order: sort=created must ignore the due dates
        List<String> expected = new ArrayList<>();
        String[][] offeredTo = {{groupA}, {}, {groupB}, {groupA, groupB}, {}, {groupA}};
        for (int i = 0; i < offeredTo.length; i++) {
            expected.add(task(screeningRequest, "task" + i, offeredTo[i].length == 0 ? me : null,
                    t0.plus(i, ChronoUnit.HOURS), t0.plus(10 - i, ChronoUnit.DAYS), offeredTo[i]));
        }
        List<String> groups = List.of(groupA, groupB);

        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < expected.size(); offset += 4) {
            paged.addAll(ids(mapper.findMine(me, groups, TaskListFilter.none(), TaskListSort.CREATED, offset, 4)));
        }
        assertThat(paged).containsExactlyElementsOf(expected);
        assertThat(ids(mapper.findOffered(groups, TaskListFilter.none(), TaskListSort.CREATED, 1, 2)))
                .containsExactly(expected.get(2), expected.get(3));
        assertThat(ids(mapper.findAssigned(me, TaskListFilter.none(), TaskListSort.CREATED, 0, 50)))
                .containsExactly(expected.get(1), expected.get(4));
        assertThat(ids(mapper.findMine(me, groups, TaskListFilter.none(), 0, 2)))
                .as("due soonest first by default").containsExactly(expected.get(5), expected.get(4));
    }

    @Test
    void aNewDueDateMovesTheTaskInItsGroupsQueue() {
        String first = task(screeningRequest, "first", null, t0, t0.plus(1, ChronoUnit.DAYS), groupA);
        String second = task(screeningRequest, "second", null, t0, t0.plus(2, ChronoUnit.DAYS), groupA);
        assertThat(ids(mapper.findOffered(List.of(groupA), TaskListFilter.none(), 0, 1))).containsExactly(first);

        // as the projector does on an update event: the row, then its candidates again
        mapper.updateDue(first, null, "first");
        mapper.deleteCandidates(first);
        mapper.insertCandidate(first, groupA, 1);

        assertThat(ids(mapper.findOffered(List.of(groupA), TaskListFilter.none(), 0, 1))).containsExactly(second);
        assertThat(ids(mapper.findOffered(List.of(groupA), TaskListFilter.none(), 0, 50))).containsExactly(second, first);
    }

    @Test
    void filtersByStageCountrySectorAndDueDate() {
        String screening = task(screeningRequest, "screenRequest", me, t0, t0.plus(1, ChronoUnit.DAYS), groupA);
        String overdue = task(screeningRequest, "screenRequest", null, t0, t0.minus(1, ChronoUnit.DAYS), groupA);
        String consultation = task(consultationRequest, "planConsultation", me, t0, t0.plus(10, ChronoUnit.DAYS));
        String undated = task(consultationRequest, "recordOutcome", null, t0, null, groupA);
        List<String> groups = List.of(groupA);

        assertThat(mine(new TaskListFilter("SCREENING", null, null, null))).containsExactly(overdue, screening);
        assertThat(mine(new TaskListFilter("CONSULTATION", null, null, null))).containsExactly(consultation, undated);
        assertThat(mine(new TaskListFilter(null, "GT", null, null))).containsExactly(consultation, undated);
        assertThat(mine(new TaskListFilter(null, null, "NATIONAL_ID", null))).containsExactly(overdue, screening);
        assertThat(mine(new TaskListFilter("SCREENING", "GT", null, null))).isEmpty();
        // overdue: due before now; due soon: due before now + 2 days; undated tasks are never due
        assertThat(mine(new TaskListFilter(null, null, null, t0))).containsExactly(overdue);
        assertThat(mine(new TaskListFilter(null, null, null, t0.plus(2, ChronoUnit.DAYS)))).containsExactly(overdue, screening);
        assertThat(mapper.countMine(me, groups, new TaskListFilter(null, null, null, t0.plus(30, ChronoUnit.DAYS)), Page.COUNT_UP_TO))
                .isEqualTo(3);

        assertThat(ids(mapper.findAssigned(me, new TaskListFilter(null, "KH", null, null), 0, 50))).containsExactly(screening);
        assertThat(mapper.countAssigned(me, new TaskListFilter(null, null, "SMART_CITY", null), Page.COUNT_UP_TO)).isEqualTo(1);
        assertThat(ids(mapper.findOffered(groups, new TaskListFilter(null, null, "SMART_CITY", null), 0, 50)))
                .containsExactly(undated);
        assertThat(mapper.countOffered(groups, new TaskListFilter(null, null, null, t0), Page.COUNT_UP_TO)).isEqualTo(1);
    }

    @Test
    void countsAreExactUpToTheLimitAndStopPastIt() {
        // 5 tasks of group A alone, 3 offered to A and B, 2 of mine, 1 foreign
        for (int i = 0; i < 5; i++) {
            task(screeningRequest, "single" + i, null, t0, t0.plus(i, ChronoUnit.HOURS), groupA);
        }
        for (int i = 0; i < 3; i++) {
            task(consultationRequest, "shared" + i, null, t0, null, groupA, groupB);
        }
        task(screeningRequest, "mine1", me, t0, null);
        task(consultationRequest, "mine2", me, t0, null, groupA);
        task(screeningRequest, "foreign", null, t0, null, foreignGroup);
        List<String> groups = List.of(groupA, groupB);

        // below the limit: exact, a task offered to two of my groups once
        assertThat(mapper.countOffered(groups, TaskListFilter.none(), 9)).isEqualTo(8);
        assertThat(mapper.countMine(me, groups, TaskListFilter.none(), 11)).isEqualTo(10);
        assertThat(mapper.countAssigned(me, TaskListFilter.none(), 3)).isEqualTo(2);
        assertThat(mapper.countOffered(List.of(groupB), TaskListFilter.none(), 4)).isEqualTo(3);

        // exactly at it, and past it: the limit ("more than"), whichever part reaches it
        assertThat(mapper.countOffered(groups, TaskListFilter.none(), 8)).isEqualTo(8);
        assertThat(mapper.countMine(me, groups, TaskListFilter.none(), 10)).isEqualTo(10);
        assertThat(mapper.countAssigned(me, TaskListFilter.none(), 2)).isEqualTo(2);
        assertThat(mapper.countAssigned(me, TaskListFilter.none(), 1)).isEqualTo(1);
        for (int upTo = 1; upTo <= 7; upTo++) { // the single-group part alone, then with the several-group one
            assertThat(mapper.countOffered(groups, TaskListFilter.none(), upTo)).as("offered up to %d", upTo)
                    .isEqualTo(upTo);
        }
        for (int upTo = 1; upTo <= 9; upTo++) { // assigned alone, then single-group, then several-group
            assertThat(mapper.countMine(me, groups, TaskListFilter.none(), upTo)).as("mine up to %d", upTo)
                    .isEqualTo(upTo);
        }
        assertThat(mapper.countOffered(List.of(groupB), TaskListFilter.none(), 2)).isEqualTo(2);
        assertThat(mapper.countMine(me, List.of(), TaskListFilter.none(), 1)).isEqualTo(1);
        // with a filter the count stops the same way
        assertThat(mapper.countOffered(groups, new TaskListFilter(null, null, "NATIONAL_ID", null), 3)).isEqualTo(3);
        assertThat(mapper.countOffered(groups, new TaskListFilter(null, null, "SMART_CITY", null), 10)).isEqualTo(3);
    }

    @Test
    void countsFollowClaimReleaseDelegationCandidateChangesAndCompletion() {
        String id = task(screeningRequest, "nominateExperts", null, t0, null, groupA, groupB);
        List<String> groups = List.of(groupA, groupB);
        assertThat(counts(groups)).containsExactly(0L, 1L, 1L);

        claim(id, me);
        assertThat(counts(groups)).containsExactly(1L, 0L, 1L);

        claim(id, colleague); // delegated
        assertThat(counts(groups)).containsExactly(0L, 0L, 0L);
        assertThat(mapper.countAssigned(colleague, TaskListFilter.none(), Page.COUNT_UP_TO)).isEqualTo(1);

        claim(id, null); // released
        assertThat(counts(groups)).containsExactly(0L, 1L, 1L);

        // candidate groups changed: no longer offered to mine
        mapper.deleteCandidates(id);
        mapper.insertCandidate(id, foreignGroup, 1);
        assertThat(counts(groups)).containsExactly(0L, 0L, 0L);
        assertThat(mapper.countOffered(List.of(foreignGroup), TaskListFilter.none(), Page.COUNT_UP_TO)).isEqualTo(1);

        mapper.deleteCandidates(id);
        mapper.delete(id); // completed or cancelled
        assertThat(mapper.countOffered(List.of(foreignGroup), TaskListFilter.none(), Page.COUNT_UP_TO)).isZero();
    }

    /** Assigned to me, offered to my groups, mine in all. */
    private List<Long> counts(List<String> groups) {
        return List.of(mapper.countAssigned(me, TaskListFilter.none(), Page.COUNT_UP_TO),
                mapper.countOffered(groups, TaskListFilter.none(), Page.COUNT_UP_TO),
                mapper.countMine(me, groups, TaskListFilter.none(), Page.COUNT_UP_TO));
    }

    @Test
    void claimingMovesATaskFromTheGroupToTheAssigneeAndUnclaimingBack() {
        String id = task(screeningRequest, "nominateExperts", null, t0, t0.plus(1, ChronoUnit.DAYS), groupA);
        List<String> groups = List.of(groupA);
        assertThat(ids(mapper.findOffered(groups, TaskListFilter.none(), 0, 50))).containsExactly(id);

        claim(id, me);

        assertThat(mapper.findById(id).assignee()).isEqualTo(me);
        assertThat(mapper.findOffered(groups, TaskListFilter.none(), 0, 50)).isEmpty();
        assertThat(ids(mapper.findAssigned(me, TaskListFilter.none(), 0, 50))).containsExactly(id);
        assertThat(ids(mapper.findMine(colleague, groups, TaskListFilter.none(), 0, 50))).isEmpty();

        claim(id, null);

        assertThat(mapper.findById(id).assignee()).isNull();
        assertThat(mapper.findAssigned(me, TaskListFilter.none(), 0, 50)).isEmpty();
        assertThat(ids(mapper.findMine(colleague, groups, TaskListFilter.none(), 0, 50))).containsExactly(id);
    }

    @Test
    void updateChangesDueDateNameAndCandidates() {
        String id = task(screeningRequest, "screenRequest", null, t0, t0.plus(5, ChronoUnit.DAYS), groupA);

        mapper.updateDue(id, t0.plus(1, ChronoUnit.DAYS), "Screen (escalated)");
        mapper.deleteCandidates(id);
        mapper.insertCandidate(id, groupB, 1);

        TaskViewRow row = mapper.findById(id);
        assertThat(row.dueAt()).isEqualTo(t0.plus(1, ChronoUnit.DAYS));
        assertThat(row.name()).isEqualTo("Screen (escalated)");
        assertThat(row.candidateGroups()).isEqualTo(groupB);
        assertThat(mapper.findOffered(List.of(groupA), TaskListFilter.none(), 0, 50)).isEmpty();
        assertThat(ids(mapper.findOffered(List.of(groupB), TaskListFilter.none(), 0, 50))).containsExactly(id);

        mapper.updateDue(id, null, "Screen");
        assertThat(mapper.findById(id).dueAt()).isNull();
    }

    @Test
    void completedTaskDisappearsWithItsCandidates() {
        String done = task(screeningRequest, "screenRequest", null, t0, null, groupA, groupB);
        String open = task(screeningRequest, "other", null, t0, null, groupA);

        mapper.deleteCandidates(done);
        mapper.delete(done);

        assertThat(mapper.findById(done)).isNull();
        assertThat(ids(mapper.findOffered(List.of(groupA, groupB), TaskListFilter.none(), 0, 50))).containsExactly(open);
        assertThat(mapper.findById(open).candidateGroups()).isEqualTo(groupA);
    }

    @Test
    void tasksOfARequestInCreationOrder() {
        String second = task(screeningRequest, "second", null, t0.plusSeconds(5), null, groupA);
        String first = task(screeningRequest, "first", me, t0, null);
        task(consultationRequest, "elsewhere", me, t0, null);

        assertThat(ids(mapper.findByRequest(screeningRequest))).containsExactly(first, second);
        assertThat(mapper.findByRequest(Long.MAX_VALUE)).isEmpty();
    }

    /** As the projector does on an assignment event. */
    private void claim(String taskId, String assignee) {
        mapper.updateAssignee(taskId, assignee);
        mapper.updateClaimable(taskId, assignee);
    }

    private List<String> mine(TaskListFilter filter) {
        return ids(mapper.findMine(me, List.of(groupA), filter, 0, 50));
    }

    private String task(Long requestId, String key, String assignee, Instant created, Instant due, String... groups) {
        String id = "it-task-" + UUID.randomUUID();
        assertThat(mapper.insertFromRequest(id, requestId, "pi-" + requestId, key, "Task " + key, assignee, created, due))
                .isEqualTo(1);
        for (String group : groups) {
            mapper.insertCandidate(id, group, groups.length);
        }
        return id;
    }

    private Long request(String partner, String country, String sector, RequestStatus status) {
        Long id = RequestRows.insert(requests, partner, country, sector, "Task view test", t0);
        RequestRows.assignReference(jdbc, id, "TM-" + id);
        requests.updateStatus(id, status, t0);
        return id;
    }

    private static List<String> ids(List<TaskViewRow> rows) {
        return rows.stream().map(TaskViewRow::taskId).toList();
    }
}
