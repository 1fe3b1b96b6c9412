package org.coopflow.assignment;

import java.util.List;

import org.coopflow.form.FormContext;
import org.coopflow.form.FormOption;
import org.coopflow.form.FormOptionsSource;
import org.coopflow.request.RequestLabels;
import org.springframework.stereotype.Component;

/** The team confirmation's lead-expert choices: only experts of the lead agency who accepted (the rule it checks). */
@Component
class TeamExpertOptions implements FormOptionsSource {

    private final Assignments assignments;
    private final RequestLabels labels;

    TeamExpertOptions(Assignments assignments, RequestLabels labels) {
        this.assignments = assignments;
        this.labels = labels;
    }

    @Override
    public String valuesKey() {
        return AssignmentProcess.OPTIONS_TEAM_EXPERTS;
    }

    @Override
    public List<FormOption> options(FormContext context) {
        return assignments.leadCandidates(context.requestId()).stream()
                .map(expert -> new FormOption(expert, labels.person(expert)))
                .toList();
    }
}
