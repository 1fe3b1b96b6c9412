package org.coopflow.assignment;

import java.util.List;

import org.coopflow.form.FormContext;
import org.coopflow.form.FormOption;
import org.coopflow.form.FormOptionsSource;
import org.springframework.stereotype.Component;

/** The team confirmation's lead-expert choices: experts who accepted, lead agency first. */
@Component
class TeamExpertOptions implements FormOptionsSource {

    private final Assignments assignments;

    TeamExpertOptions(Assignments assignments) {
        this.assignments = assignments;
    }

    @Override
    public String valuesKey() {
        return "teamExperts";
    }

    @Override
    public List<FormOption> options(FormContext context) {
        return assignments.accepted(context.requestId()).stream()
                .map(a -> new FormOption(a.expertUsername(), a.expertUsername() + " (" + a.agencyCode() + ")"))
                .toList();
    }
}
