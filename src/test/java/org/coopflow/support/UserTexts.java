package org.coopflow.support;

import java.util.Locale;
import java.util.Objects;

import org.coopflow.identity.UserPreferences;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Test-only: a page's text as a demo user reads it — in the language kept with their account. */
@Component
public class UserTexts {

    private final MessageSource messages;
    private final UserPreferences preferences;

    UserTexts(MessageSource messages, UserPreferences preferences) {
        this.messages = messages;
        this.preferences = preferences;
    }

    public String of(String username, String code, Object... args) {
        return messages.getMessage(code, args, localeOf(username));
    }

    /** A task's name in the task lists and on its page. */
    public String taskName(String username, String taskKey) {
        return of(username, "task." + taskKey);
    }

    public Locale localeOf(String username) {
        return Objects.requireNonNullElse(preferences.savedLocale(username), Locale.ENGLISH);
    }
}
