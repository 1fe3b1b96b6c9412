package org.coopflow.screening;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestService;
import org.coopflow.shared.ConflictException;
import org.coopflow.system.EngineIdentity;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Public API v1: the partner's answer to intake's question, from partners' own systems. The answer travels with the
 * ClarificationAnswered message (a transient variable, never stored by the engine) and is recorded by the model's
 * listener, as when the partner completes the task.
 */
@RestController
class ClarificationController {

    record AnswerBody(String text) {
    }

    private final RequestService requests;
    private final RuntimeService runtime;
    private final EngineIdentity engineIdentity;
    private final TransactionTemplate transaction;

    ClarificationController(RequestService requests, RuntimeService runtime, EngineIdentity engineIdentity,
                            PlatformTransactionManager transactionManager) {
        this.requests = requests;
        this.runtime = runtime;
        this.engineIdentity = engineIdentity;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @PostMapping("/api/v1/requests/{id}/clarification")
    ResponseEntity<Void> answerClarification(@AuthenticationPrincipal CoopFlowPrincipal me, @PathVariable Long id,
                                             @RequestBody AnswerBody body) {
        CurrentUser user = me.user();
        CooperationRequest request = requests.visible(user, id);
        RequestService.requireOwnPartner(user, request);
        String answer = RequestService.requireText(body == null ? null : body.text(), "text", 20_000);
        transaction.executeWithoutResult(status -> {
            try {
                engineIdentity.run(user, () -> runtime
                        .createMessageCorrelation(ScreeningProcess.MESSAGE_CLARIFICATION_ANSWERED)
                        .processInstanceBusinessKey(request.reference())
                        .setVariable(ScreeningProcess.VAR_CLARIFICATION_ANSWER, Variables.stringValue(answer, true))
                        .correlateWithResult());
            } catch (MismatchingMessageCorrelationException e) {
                throw new ConflictException("request.noClarificationPending");
            }
        });
        return ResponseEntity.noContent().build();
    }
}
