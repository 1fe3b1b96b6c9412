package org.coopflow.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

import org.coopflow.obligation.MouExpired;
import org.coopflow.obligation.MouExpiryNear;
import org.coopflow.obligation.MouRenewalDue;
import org.coopflow.obligation.MouTerm;
import org.coopflow.obligation.Obligation;
import org.coopflow.obligation.ObligationOverdue;
import org.coopflow.obligation.ObligationReminded;
import org.coopflow.obligation.Obligations;
import org.coopflow.obligation.Occurrence;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The MOU obligations register's news: an obligation's reminder to its responsible side, its overdue fulfilment to
 * that side, the lead agency's coordinators and the managers, and the MOU's renewal notice, expiry notice and expiry to
 * the lead agency's coordinators and the managers. The obligation module mails nobody itself: each event is published
 * once (by the model's step that claims it), so each is one item per person, e-mailed as each account chose. That an
 * obligation came due is not announced here: it opens the fulfilment task, which is news as every step is.
 */
@Component
class ObligationNews {

    private final Inbox inbox;
    private final Audience audience;
    private final Obligations obligations;
    private final RequestLifecycle lifecycle;

    ObligationNews(Inbox inbox, Audience audience, Obligations obligations, RequestLifecycle lifecycle) {
        this.inbox = inbox;
        this.audience = audience;
        this.obligations = obligations;
        this.lifecycle = lifecycle;
    }

    @EventListener
    void onReminded(ObligationReminded event) {
        aboutOccurrence(event.requestId(), event.occurrenceId(), ItemKind.OBLIGATION_REMINDED, false);
    }

    @EventListener
    void onOverdue(ObligationOverdue event) {
        aboutOccurrence(event.requestId(), event.occurrenceId(), ItemKind.OBLIGATION_OVERDUE, true);
    }

    @EventListener
    void onRenewalDue(MouRenewalDue event) {
        aboutTerm(event.termId(), ItemKind.MOU_RENEWAL_DUE);
    }

    @EventListener
    void onExpiryNear(MouExpiryNear event) {
        aboutTerm(event.termId(), ItemKind.MOU_EXPIRY_NEAR);
    }

    @EventListener
    void onExpired(MouExpired event) {
        aboutTerm(event.termId(), ItemKind.MOU_EXPIRED);
    }

    /** Note: the clause and what is due; the date: the occurrence's; leads to the obligation's page. */
    private void aboutOccurrence(Long requestId, Long occurrenceId, ItemKind kind, boolean escalate) {
        Occurrence occurrence = obligations.occurrence(occurrenceId);
        Obligation obligation = obligations.obligation(occurrence.obligationId());
        Set<String> groups = new LinkedHashSet<>();
        groups.add(Obligations.responsibleGroup(obligation));
        if (escalate) {
            groups.add(RequestProcess.coordinatorGroup(obligations.term(obligation.termId()).leadAgency()));
            groups.add(RequestProcess.GROUP_MANAGER);
        }
        inbox.deliver(News.of(kind, lifecycle.find(requestId)).subject(obligation.id())
                .code(obligation.partyKind().name()).ordinal(occurrence.seqNo())
                .note(obligation.clause() + ": " + obligation.description()).day(occurrence.dueOn()),
                audience.members(groups));
    }

    /** Note: the MOU's title; the date: its expiry; {5}: the renewal notice in days; leads to the request's MOU. */
    private void aboutTerm(Long termId, ItemKind kind) {
        MouTerm term = obligations.term(termId);
        inbox.deliver(News.of(kind, lifecycle.find(term.requestId())).subject(term.id()).note(term.title())
                        .ordinal(term.renewalNoticeDays()).day(term.expiresOn()),
                audience.members(RequestProcess.coordinatorGroup(term.leadAgency()), RequestProcess.GROUP_MANAGER));
    }

    /** A calendar day as noon UTC: the same date in every reader's time zone (worded without a time). */
    static Instant noonUtc(LocalDate day) {
        return day == null ? null : day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC);
    }
}
