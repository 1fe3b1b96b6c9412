package org.coopflow.followup;

import java.util.List;

import org.coopflow.form.FormContext;
import org.coopflow.form.FormOption;
import org.coopflow.form.FormOptionsSource;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The report form's action choices: the request's follow-up actions, by type and description. */
@Component
class FollowUpActionOptions implements FormOptionsSource {

    private final FollowUps followUps;
    private final MessageSource messages;

    FollowUpActionOptions(FollowUps followUps, MessageSource messages) {
        this.followUps = followUps;
        this.messages = messages;
    }

    @Override
    public String valuesKey() {
        return FollowUpProcess.OPTIONS_ACTIONS;
    }

    @Override
    public List<FormOption> options(FormContext context) {
        return followUps.actions(context.requestId()).stream()
                .map(a -> new FormOption(String.valueOf(a.id()), messages.getMessage(
                        "followup.actionType." + a.actionType(), null, a.actionType(), context.locale())
                        + " — " + abbreviate(a.description())))
                .toList();
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
