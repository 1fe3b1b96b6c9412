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
     * The request's fields with its open steps beside them; a partner sees every step, but who holds an official's
     * step and its task id only for its own steps.
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
                ? pending.stream().map(RequestApi::asPartnerSeesIt).toList() : pending);
    }

    /** A step as the partner may see it: the Korean side's steps without the official holding them or their ids. */
    private static OpenTask asPartnerSeesIt(OpenTask task) {
        if (task.onPartner()) {
            return task;
        }
        return new OpenTask(null, task.taskKey(), task.name(), task.requestId(), task.reference(), task.title(),
                task.partnerOrg(), task.countryCode(), task.sector(), task.stage(), null, List.of(), task.created(),
                task.due());
    }
}
