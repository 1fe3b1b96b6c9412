package org.coopflow.demo;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestFilter;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestStatus;
import org.coopflow.support.MariaDbIntegrationTest;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.coopflow.tasklist.TaskListFilter;
import org.coopflow.tasklist.TaskListView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo requests of the embedded default, made through the same services as the pages and the API. */
class DemoRequestsIT extends MariaDbIntegrationTest {

    @Autowired
    DemoSteps steps;

    @Autowired
    RequestService requests;

    @Autowired
    CoopFlowUserDetailsService users;

    @Autowired
    TaskList taskList;

    @Autowired
    Clock clock;

    @Test
    void demoRequestsReachEveryStageOnce() {
        // given the setting on (the test context has it off, so no demo requests appear on their own)
        DemoRequests seeder = new DemoRequests(new DemoSettings(true), steps, requests, users, clock);
        // other tests share this database: the seeder runs under keys of its own and only its requests are asserted
        String keyPrefix = "demo-it-" + UUID.randomUUID() + "-";

        // when
        List<CooperationRequest> made = seeder.create(keyPrefix);

        // then every stage has something to show
        assertThat(made).hasSize(9);
        Map<RequestStatus, Long> byStatus = made.stream().collect(groupingBy(this::statusOf, counting()));
        assertThat(byStatus).containsExactlyInAnyOrderEntriesOf(Map.of(
                RequestStatus.SCREENING, 2L, RequestStatus.AWAITING_PARTNER, 1L, RequestStatus.ASSIGNING_EXPERTS, 2L,
                RequestStatus.CONSULTATION, 1L, RequestStatus.FOLLOW_UP, 1L, RequestStatus.COMPLETED, 1L,
                RequestStatus.DECLINED, 1L));

        List<Long> inScreening = made.stream().filter(r -> statusOf(r) == RequestStatus.SCREENING)
                .map(CooperationRequest::id).toList();
        assertThat(requestsWithTask("intake", "screenRequest")).containsAll(inScreening);
        assertThat(requestsWithTask("partner-gt", "answerClarification")).containsAnyElementsOf(ids(made));
        assertThat(requestsWithTask("expert-komsco", "respondToAssignment")).containsAnyElementsOf(ids(made));
        assertThat(requestsWithTask("coord-nec", "nominateExperts")).containsAnyElementsOf(ids(made));
        assertThat(requestsWithTask("partner-kh", "confirmConsultationPlan")).containsAnyElementsOf(ids(made));
        // the signed MOU's commitments are in the obligations register; the one due today is the partner's task
        assertThat(requestsWithTask("partner-kh", "fulfilObligation")).containsAnyElementsOf(ids(made));

        // a second run, or another node starting at the same time, makes nothing more
        long total = allRequests();
        assertThat(seeder.create(keyPrefix)).isEmpty();
        assertThat(allRequests()).isEqualTo(total);

        // and with requests in the database the seeder leaves it alone
        assertThat(seeder.createIfNoRequests()).isZero();
        assertThat(allRequests()).isEqualTo(total);
    }

    private RequestStatus statusOf(CooperationRequest request) {
        return requests.get(users.currentUserOf("manager"), request.id()).status();
    }

    private long allRequests() {
        return requests.list(users.currentUserOf("manager"), RequestFilter.none(), 0, 1).total();
    }

    private static List<Long> ids(List<CooperationRequest> made) {
        return made.stream().map(CooperationRequest::id).toList();
    }

    /** The requests on which this user's task list offers this task (every page: other tests leave tasks open). */
    private List<Long> requestsWithTask(String username, String taskKey) {
        CurrentUser user = users.currentUserOf(username);
        List<Long> found = new ArrayList<>();
        for (int page = 0; ; page++) {
            List<OpenTask> items = taskList.list(user, TaskListView.ALL, TaskListFilter.none(), page, 200).items();
            items.stream().filter(t -> taskKey.equals(t.taskKey())).map(OpenTask::requestId).forEach(found::add);
            if (items.size() < 200) {
                return found;
            }
        }
    }
}
