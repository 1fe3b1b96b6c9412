package org.coopflow.tasklist;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.reference.Organisation;
import org.coopflow.reference.ReferenceData;
import org.coopflow.reference.ReferenceMapper;
import org.coopflow.request.RequestStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the task pages show besides the tasks themselves: localized task and country names, due badges,
 * who holds a task, the request's title, and the choices of the list's filters.
 */
@Component
class TaskViews {

    /** A country in the list's filter, named in the reader's language. */
    record Country(String code, String name) {
    }

    private final ReferenceData reference;
    private final ReferenceMapper organisations;
    private final CoopFlowUserDetailsService users;
    private final MessageSource messages;
    private final Clock clock;

    TaskViews(ReferenceData reference, ReferenceMapper organisations,
              CoopFlowUserDetailsService users, MessageSource messages, Clock clock) {
        this.reference = reference;
        this.organisations = organisations;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    List<TaskRow> rows(List<OpenTask> tasks, CurrentUser me, Locale locale) {
        Instant now = clock.instant();
        return tasks.stream()
                .map(t -> new TaskRow(t, taskName(t, locale), countryName(t.countryCode(), locale), DueState.of(t.due(), now),
                        assigneeName(t.assignee(), me), me.username().equals(t.assignee()),
                        t.offeredTo(me.username())))
                .toList();
    }

    TaskSummary summary(OpenTask task, CurrentUser me, Locale locale) {
        return new TaskSummary(task, task.title() == null ? "" : task.title(), countryName(task.countryCode(), locale),
                DueState.of(task.due(), clock.instant()), assigneeName(task.assignee(), me),
                task.candidateUsers().stream().map(this::nameOf).toList(), task.offeredTo(me.username()));
    }

    /** The task's name in the reader's language (task.&lt;taskKey&gt;), else the model's name. */
    String taskName(OpenTask task, Locale locale) {
        return messages.getMessage(TaskNames.of(task.taskKey(), task.name()), locale);
    }

    /** The stages a request can have open tasks in. */
    List<String> stages() {
        return Arrays.stream(RequestStatus.values())
                .filter(s -> !s.isClosed() && s != RequestStatus.SUBMITTED)
                .map(Enum::name)
                .toList();
    }

    List<ReferenceData.Option> sectors(Locale locale) {
        return reference.sectors(locale);
    }

    /** The partners' countries, alphabetically in the reader's language. */
    List<Country> countries(Locale locale) {
        Map<String, Country> countries = new LinkedHashMap<>();
        for (Organisation partner : organisations.findOrganisations(Organisation.PARTNER)) {
            countries.putIfAbsent(partner.countryCode(), new Country(partner.countryCode(),
                    countryName(partner.countryCode(), locale, partner.countryName())));
        }
        return countries.values().stream().sorted(Comparator.comparing(Country::name)).toList();
    }

    String countryName(String code, Locale locale) {
        return countryName(code, locale, code);
    }

    private static String countryName(String code, Locale locale, String fallback) {
        if (code == null) {
            return fallback;
        }
        try {
            String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
            return name.isBlank() || name.equalsIgnoreCase(code) ? fallback : name;
        } catch (IllformedLocaleException notAnIsoCode) {
            return fallback;
        }
    }

    /** A user's display name, for messages such as "Delegated to Park Ji-hoon". */
    String nameOf(String username) {
        CurrentUser user = username == null ? null : users.currentUserOf(username);
        return user == null ? username : user.displayName();
    }

    private String assigneeName(String assignee, CurrentUser me) {
        if (assignee == null) {
            return null;
        }
        return assignee.equals(me.username()) ? me.displayName() : nameOf(assignee);
    }
}
