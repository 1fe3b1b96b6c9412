package org.coopflow.assignment;

import java.util.List;
import java.util.Set;

import org.coopflow.form.FormContext;
import org.coopflow.form.FormOption;
import org.coopflow.form.FormOptionsSource;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLifecycle;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The nomination form's experts: this agency's experts, ranked, each with the reason for its rank. */
@Component
class ExpertSuggestionOptions implements FormOptionsSource {

    private final Assignments assignments;
    private final RequestLifecycle lifecycle;
    private final MessageSource messages;

    ExpertSuggestionOptions(Assignments assignments, RequestLifecycle lifecycle, MessageSource messages) {
        this.assignments = assignments;
        this.lifecycle = lifecycle;
        this.messages = messages;
    }

    @Override
    public String valuesKey() {
        return AssignmentProcess.OPTIONS_EXPERT_SUGGESTIONS;
    }

    @Override
    public List<FormOption> options(FormContext context) {
        CooperationRequest request = lifecycle.find(context.requestId());
        Object agency = context.variables().get(AssignmentProcess.VAR_AGENCY);
        if (request == null || agency == null) {
            return List.of();
        }
        return assignments.suggest(agency.toString(), request.sectorCode(), Set.of(request.languages().split(",")))
                .stream()
                .map(s -> new FormOption(s.expert().username(),
                        s.expert().displayName() + " — " + s.expert().title(),
                        String.join("; ", s.reasons().stream().map(r -> reason(r, context)).toList())))
                .toList();
    }

    private String reason(String code, FormContext context) {
        String[] parts = code.split(":", 2);
        return messages.getMessage("assignment.reason." + parts[0], parts.length > 1 ? new Object[]{parts[1]} : null,
                code, context.locale());
    }
}
