package org.coopflow.workspace;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.RequestDetails;
import org.coopflow.request.RequestService;
import org.coopflow.tasklist.OpenTask;
import org.coopflow.tasklist.TaskList;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public API v1: one whole request as its reader may see it — the request and what is pending on it. Assembled here
 * because the request core knows nothing of the task list (the rest of the request's API is request.RequestController).
 */
@RestController
class RequestApi {

    /**
     * The request's fields with its open steps beside them; a partner sees only the steps that are its own (never
     * which official holds another).
     */
    record RequestWithPending(@JsonUnwrapped RequestDetails request, List<OpenTask> pending) {
    }

    private final RequestService requests;
    private final TaskList taskList;

    RequestApi(RequestService requests, TaskList taskList) {
        this.requests = requests;
        this.taskList = taskList;
    }

    @GetMapping("/api/v1/requests/{id}")
    RequestWithPending get(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id) {
        CurrentUser user = me.user();
        RequestDetails details = requests.get(user, id);
        List<OpenTask> pending = details.status().isClosed() ? List.of() : taskList.openTasksOf(details.id());
        return new RequestWithPending(details, user.isPartner()
                ? pending.stream().filter(OpenTask::onPartner).toList() : pending);
    }
}
