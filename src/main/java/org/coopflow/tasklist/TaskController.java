package org.coopflow.tasklist;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.shared.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public API v1: my task list and the actions on a task. */
@RestController
@RequestMapping("/api/v1/tasks")
class TaskController {

    record DelegateBody(String userId) {
    }

    private final TaskList taskList;
    private final TaskActions actions;

    TaskController(TaskList taskList, TaskActions actions) {
        this.taskList = taskList;
        this.actions = actions;
    }

    @GetMapping
    Page<OpenTask> list(@AuthenticationPrincipal CoopFlowPrincipal me,
                        @RequestParam(defaultValue = "ALL") TaskListView view,
                        @RequestParam(required = false) String stage, @RequestParam(required = false) String country,
                        @RequestParam(required = false) String sector,
                        @RequestParam(required = false) Instant dueBefore,
                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return taskList.list(me.user(), view, new TaskListFilter(stage, country, sector, dueBefore),
                Page.clampPage(page), Page.clampSize(size));
    }

    @GetMapping("/{taskId}/form")
    TaskForm form(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId, Locale locale) {
        return actions.form(me.user(), taskId, locale);
    }

    @PostMapping("/{taskId}/claim")
    ResponseEntity<Void> claim(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId) {
        actions.claim(me.user(), taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/unclaim")
    ResponseEntity<Void> unclaim(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId) {
        actions.unclaim(me.user(), taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/delegate")
    ResponseEntity<Void> delegate(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId,
                                  @RequestBody DelegateBody body) {
        actions.delegate(me.user(), taskId, body.userId());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{taskId}/complete")
    ResponseEntity<Void> complete(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId,
                                  @RequestBody(required = false) Map<String, Object> values, Locale locale) {
        actions.complete(me.user(), taskId, values, locale);
        return ResponseEntity.noContent().build();
    }
}
