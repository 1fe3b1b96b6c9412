package org.coopflow.deadline;

import java.time.Instant;
import java.util.List;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public API v1: a step's requests for more time. {@code POST /api/v1/tasks/{taskId}/extension {"days","reason"}} asks
 * (the holder of the step); the responsible party decides through its own task ({@code decideExtension}, completed
 * with {@code {"extensionDecision":"GRANT"|"REFUSE","extensionComment"}}).
 */
@RestController
@RequestMapping("/api/v1/tasks/{taskId}/extension")
class ExtensionApi {

    record Ask(Integer days, String reason) {
    }

    /**
     * A request for more time. A partner reads only its own steps' requests (asked by its own staff) and never the
     * name of the official who decided: the deciding group stands for them.
     */
    record ExtensionView(Long id, String taskId, String step, int days, String reason, String askedBy,
                         Instant askedAt, Instant dueBefore, Instant dueIfGranted, String deciders, String status,
                         String decidedBy, Instant decidedAt, String comment, Instant newDue) {

        static ExtensionView of(ExtensionRequest e, CurrentUser viewer) {
            return new ExtensionView(e.id(), e.taskId(), e.step(), e.workingDays(), e.reason(), e.askedBy(),
                    e.askedAt(), e.dueBefore(), e.dueIfGranted(), e.deciders(), e.status().name(),
                    viewer.isPartner() ? null : e.decidedBy(), e.decidedAt(), e.decisionComment(), e.newDueAt());
        }
    }

    private final Extensions extensions;

    ExtensionApi(Extensions extensions) {
        this.extensions = extensions;
    }

    @GetMapping
    List<ExtensionView> list(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId) {
        return extensions.of(me.user(), taskId).requests().stream().map(e -> ExtensionView.of(e, me.user())).toList();
    }

    @PostMapping
    ResponseEntity<ExtensionView> ask(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable String taskId,
                                      @RequestBody(required = false) Ask body) {
        ExtensionRequest asked = extensions.ask(me.user(), taskId, body == null ? null : body.days(),
                body == null ? null : body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(ExtensionView.of(asked, me.user()));
    }
}
