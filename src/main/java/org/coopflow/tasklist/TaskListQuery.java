package org.coopflow.tasklist;

import java.time.Instant;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the task list page was asked for, as sent in its address: {@code view=assigned|offered},
 * {@code stage}, {@code country}, {@code sector}, {@code due=overdue|soon}, {@code sort=due|created} and
 * {@code page}. All strings, so a mistyped address shows the default list instead of an error page.
 */
record TaskListQuery(String view, String stage, String country, String sector, String due, String sort,
                     String page) {

    static final String ASSIGNED = "assigned";
    static final String OFFERED = "offered";
    static final String DUE_OVERDUE = "overdue";
    static final String DUE_SOON = "soon";
    static final String SORT_CREATED = "created";
    /** Far beyond any real list, and small enough that page × size cannot overflow the query's offset. */
    private static final int LAST_PAGE = 1_000_000;

    /**
     * The tab to show: the one asked for; else "Assigned to me", unless nothing is assigned and something
     * is offered (a new official's first visit should not open on an empty tab).
     */
    TaskListView view(long assignedCount, long offeredCount) {
        if (OFFERED.equalsIgnoreCase(view)) {
            return TaskListView.OFFERED;
        }
        if (ASSIGNED.equalsIgnoreCase(view)) {
            return TaskListView.ASSIGNED;
        }
        return assignedCount == 0 && offeredCount > 0 ? TaskListView.OFFERED : TaskListView.ASSIGNED;
    }

    TaskListQuery showing(TaskListView shown) {
        return new TaskListQuery(shown == TaskListView.OFFERED ? OFFERED : ASSIGNED, stage, country, sector, due, sort,
                page);
    }

    /** "Due within 2 days" includes the overdue ones: they are due sooner still. */
    TaskListFilter filter(Instant now) {
        Instant dueBefore = DUE_OVERDUE.equalsIgnoreCase(due) ? now
                : DUE_SOON.equalsIgnoreCase(due) ? now.plus(DueState.DUE_SOON_WITHIN) : null;
        return new TaskListFilter(blankToNull(stage), blankToNull(country), blankToNull(sector), dueBefore);
    }

    TaskListSort order() {
        return SORT_CREATED.equalsIgnoreCase(sort) ? TaskListSort.CREATED : TaskListSort.DUE;
    }

    int pageNumber() {
        try {
            return page == null ? 0 : Math.min(LAST_PAGE, Math.max(0, Integer.parseInt(page.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** This list's address with another tab or page, keeping the filters. */
    public String link(String otherView, int otherPage) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/tasks");
        param(link, "view", otherView);
        param(link, "stage", stage);
        param(link, "country", country);
        param(link, "sector", sector);
        param(link, "due", due);
        param(link, "sort", sort);
        if (otherPage > 0) {
            link.queryParam("page", otherPage);
        }
        return link.build().encode().toUriString();
    }

    /** This very list (where the list's buttons come back to). */
    public String here() {
        return link(view, pageNumber());
    }

    private static void param(UriComponentsBuilder link, String name, String value) {
        if (value != null && !value.isBlank()) {
            link.queryParam(name, value.strip());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
