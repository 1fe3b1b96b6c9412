package org.coopflow.audit;

import java.util.EnumSet;
import java.util.Set;

/** The timeline's filters: everything, or only decisions, documents or messages. */
public enum TimelineFilter {
    ALL(EnumSet.noneOf(AuditCategory.class)),
    DECISIONS(EnumSet.of(AuditCategory.DECISION)),
    DOCUMENTS(EnumSet.of(AuditCategory.DOCUMENT)),
    MESSAGES(EnumSet.of(AuditCategory.MESSAGE));

    private final Set<AuditCategory> categories;

    TimelineFilter(Set<AuditCategory> categories) {
        this.categories = categories;
    }

    /** The categories shown; empty for all of them. */
    public Set<AuditCategory> categories() {
        return categories;
    }
}
