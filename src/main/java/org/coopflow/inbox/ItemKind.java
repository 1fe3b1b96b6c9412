package org.coopflow.inbox;

/**
 * What an inbox item is about, and where it leads: a step's page, or a section (anchor) of the request's page.
 * Worded by {@code inbox.item.<KIND>[.<code>]} in i18n/inbox.
 */
enum ItemKind {
    TASK_OFFERED(null),
    TASK_ASSIGNED(null),
    TASK_DELEGATED(null),
    DEADLINE_SOON(null),
    DEADLINE_PASSED(null),
    MESSAGE_POSTED("messages"),
    DOCUMENT_ADDED("documents"),
    REQUEST_ACCEPTED("screening"),
    SCREENING_OVERDUE("screening"),
    EXPERT_ANSWERED("experts"),
    TEAM_CONFIRMED("progress"),
    PLAN_ANSWERED("consultation"),
    CONSULTATION_HELD("consultation"),
    FEEDBACK_GIVEN("consultation"),
    MOU_REVIEWED("mou"),
    MOU_REVIEW_OVERDUE("mou"),
    MOU_SIGNED("mou"),
    REQUEST_CLOSED("progress");

    private final String anchor;

    ItemKind(String anchor) {
        this.anchor = anchor;
    }

    /** Items about a step lead to the step's page; the others to the request page's section. */
    boolean aboutStep() {
        return anchor == null;
    }

    String anchor() {
        return anchor;
    }
}
