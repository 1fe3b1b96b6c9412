package org.coopflow.audit;

import java.time.Instant;

/**
 * One line of a request's timeline as a reader sees it: when, who (name, organisation and role as they were), what
 * in words of the reader's language, and the reason or text a person gave. The codes beside the words stay stable for
 * exports and machines (CSV, API).
 *
 * @param entry the audit entry the line is worded from
 * @param who   who acted, e.g. "Lee Ji-won (MOIS intake)"; "CoopFlow" for the system
 * @param what  the sentence, e.g. "Lee Ji-won (MOIS intake) accepted the request; lead …, supporting …"
 * @param step  the step's name in the reader's language, or null
 */
public record TimelineLine(AuditEntry entry, String who, String what, String step) {

    public Instant at() {
        return entry.occurredAt();
    }

    public String reason() {
        return entry.reason();
    }
}
