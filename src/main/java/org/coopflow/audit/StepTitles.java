package org.coopflow.audit;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The timeline's step titles in the reader's language. User tasks use the task list's own keys
 * ({@code task.<taskKey>}, i18n/tasks), so a task is called the same everywhere; the other steps the timeline
 * shows (call activities, service tasks, timers, messages, ends) use
 * {@code timeline.step.<processKey>.<activityId>} (i18n/requests), because activity ids are only unique
 * within one model. Without a key the model's English name is shown.
 */
@Component
class StepTitles {

    private final MessageSource messages;

    StepTitles(MessageSource messages) {
        this.messages = messages;
    }

    String task(String taskKey, String modelName) {
        return text("task." + taskKey, modelName, taskKey);
    }

    String activity(String processKey, String activityId, String modelName) {
        return text("timeline.step." + processKey + "." + activityId, modelName, activityId);
    }

    // the request's locale (page or API call), set by Spring MVC from the reader's account or Accept-Language
    private String text(String key, String modelName, String id) {
        return messages.getMessage(key, null, modelName != null ? modelName : id, LocaleContextHolder.getLocale());
    }
}
