package org.coopflow.assignment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

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
        Object[] args = parts.length < 2 ? null
                : new Object[]{"sharedLanguages".equals(parts[0]) ? languages(parts[1], context.locale()) : parts[1]};
        return messages.getMessage("assignment.reason." + parts[0], args, code, context.locale());
    }

    /** "km/en" as the reader names the languages: "크메르어, 영어", never the codes. */
    private String languages(String codes, Locale locale) {
        return Arrays.stream(codes.split("/")).map(code -> messages.getMessage("language." + code, null,
                Locale.forLanguageTag(code).getDisplayLanguage(locale), locale)).collect(Collectors.joining(", "));
    }
}
