package org.coopflow.tasklist;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.coopflow.identity.CoopFlowPrincipal;
import org.coopflow.identity.CurrentUser;
import org.coopflow.web.WebPage;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * "Our actions": a partner organisation's open steps in its own words — no queues, no claiming, no filters. Opening a
 * step takes it ({@link TaskPages#showTask}); a step a colleague has open says who. Officials have their task list.
 */
@Controller
@WebPage
@RequestMapping(PartnerActionPages.ACTIONS)
class PartnerActionPages {

    static final String ACTIONS = "/actions";
    static final String VIEW_ACTIONS = "tasks/actions";
    /** More open steps than one organisation ever has at once. */
    private static final int MAX_ACTIONS = 200;

    /** A line of "Our actions". */
    record ActionRow(OpenTask task, String name, DueState due, String holderName, boolean mine) {

        public boolean overdue() {
            return due == DueState.OVERDUE;
        }

        public boolean dueSoon() {
            return due == DueState.DUE_SOON;
        }
    }

    private final TaskList taskList;
    private final TaskViews views;
    private final Clock clock;

    PartnerActionPages(TaskList taskList, TaskViews views, Clock clock) {
        this.taskList = taskList;
        this.views = views;
        this.clock = clock;
    }

    @GetMapping
    String showActions(@AuthenticationPrincipal CoopFlowPrincipal me, Locale locale, Model model) {
        CurrentUser user = me.user();
        if (!user.isPartner()) {
            return "redirect:" + TaskPages.TASK_LIST;
        }
        Instant now = clock.instant();
        List<ActionRow> rows = taskList.ofPartnerOrganisation(user, MAX_ACTIONS).stream()
                .map(t -> new ActionRow(t, views.taskName(t, locale), DueState.of(t.due(), now),
                        t.assignee() == null ? null : views.nameOf(t.assignee()), user.username().equals(t.assignee())))
                .toList();
        model.addAttribute("rows", rows);
        return VIEW_ACTIONS;
    }
}
