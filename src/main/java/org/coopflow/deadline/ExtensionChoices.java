package org.coopflow.deadline;

import java.util.List;

import org.coopflow.form.FormContext;
import org.coopflow.form.FormOption;
import org.coopflow.form.FormOptionsSource;
import org.coopflow.request.RequestLabels;
import org.coopflow.tasklist.TaskNames;
import org.coopflow.web.DateDisplay;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The decision's two choices, each saying what it means: granting gives the step this date, refusing keeps that
 * one; under the grant, who asked, on which step, and why.
 */
@Component
class ExtensionChoices implements FormOptionsSource {

    private final DeadlineMapper mapper;
    private final MessageSource messages;
    private final RequestLabels labels;
    private final DateDisplay dates;

    ExtensionChoices(DeadlineMapper mapper, MessageSource messages, RequestLabels labels, DateDisplay dates) {
        this.mapper = mapper;
        this.messages = messages;
        this.labels = labels;
        this.dates = dates;
    }

    @Override
    public String valuesKey() {
        return DeadlineProcess.OPTIONS_EXTENSION_CHOICES;
    }

    @Override
    public List<FormOption> options(FormContext context) {
        Object id = context.variables() == null ? null : context.variables().get(DeadlineProcess.VAR_EXTENSION_ID);
        ExtensionRequest asked = id instanceof Number n ? mapper.findExtension(n.longValue()) : null;
        if (asked == null) {
            return List.of(new FormOption(DeadlineProcess.GRANT, text("extension.choice.grantPlain", context)),
                    new FormOption(DeadlineProcess.REFUSE, text("extension.choice.refusePlain", context)));
        }
        String step = messages.getMessage(TaskNames.of(asked.step()), context.locale());
        return List.of(
                new FormOption(DeadlineProcess.GRANT, text("extension.choice.grant", context, asked.workingDays(),
                        dates.dateTime(asked.dueIfGranted())),
                        text("extension.choice.asked", context, labels.person(asked.askedBy()), step,
                                dates.dateTime(asked.dueBefore()), asked.reason())),
                new FormOption(DeadlineProcess.REFUSE, text("extension.choice.refuse", context,
                        dates.dateTime(asked.dueBefore()))));
    }

    private String text(String code, FormContext context, Object... args) {
        return messages.getMessage(code, args, context.locale());
    }
}
