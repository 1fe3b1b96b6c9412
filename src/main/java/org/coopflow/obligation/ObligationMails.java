package org.coopflow.obligation;

import java.util.ArrayList;
import java.util.List;

import org.coopflow.notification.Notifier;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestProcess;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Who is e-mailed about obligations and MOU terms (through the mail outbox, in each reader's language, in the
 * transaction of the change): the responsible party of an obligation coming due and its reminder; the lead agency's
 * coordinators and the managers of an overdue obligation, of the renewal notice, of the expiry notice and the expiry.
 */
@Component
class ObligationMails {

    private final Notifier notifier;
    private final Obligations obligations;
    private final RequestLifecycle requests;

    ObligationMails(Notifier notifier, Obligations obligations, RequestLifecycle requests) {
        this.notifier = notifier;
        this.obligations = obligations;
        this.requests = requests;
    }

    @EventListener
    void onReminded(ObligationReminded event) {
        aboutOccurrence(event.requestId(), event.occurrenceId(), "obligationReminder", false);
    }

    @EventListener
    void onCameDue(ObligationCameDue event) {
        aboutOccurrence(event.requestId(), event.occurrenceId(), "obligationDue", false);
    }

    @EventListener
    void onOverdue(ObligationOverdue event) {
        aboutOccurrence(event.requestId(), event.occurrenceId(), "obligationOverdue", true);
    }

    @EventListener
    void onRenewalDue(MouRenewalDue event) {
        aboutTerm(event.termId(), "mouRenewalDue");
    }

    @EventListener
    void onExpiryNear(MouExpiryNear event) {
        aboutTerm(event.termId(), "mouExpiryNear");
    }

    @EventListener
    void onExpired(MouExpired event) {
        aboutTerm(event.termId(), "mouExpired");
    }

    /** Args: {0} reference, {1} clause, {2} what is due, {3} the date (ISO). */
    private void aboutOccurrence(Long requestId, Long occurrenceId, String key, boolean escalate) {
        Occurrence occurrence = obligations.occurrence(occurrenceId);
        Obligation obligation = obligations.obligation(occurrence.obligationId());
        MouTerm term = obligations.term(obligation.termId());
        List<String> groups = new ArrayList<>();
        groups.add(Obligations.responsibleGroup(obligation));
        if (escalate) {
            groups.add(RequestProcess.coordinatorGroup(term.leadAgency()));
            groups.add(RequestProcess.GROUP_MANAGER);
        }
        notifier.notifyGroups(requestId, groups.stream().distinct().toList(), key,
                requests.find(requestId).reference(), obligation.clause(), obligation.description(),
                occurrence.dueOn().toString());
    }

    /** Args: {0} reference, {1} the MOU's title, {2} its expiry date (ISO), {3} the renewal notice in days. */
    private void aboutTerm(Long termId, String key) {
        MouTerm term = obligations.term(termId);
        notifier.notifyGroups(term.requestId(), List.of(RequestProcess.coordinatorGroup(term.leadAgency()),
                        RequestProcess.GROUP_MANAGER), key, requests.find(term.requestId()).reference(), term.title(),
                String.valueOf(term.expiresOn()), term.renewalNoticeDays() == null ? 0 : term.renewalNoticeDays());
    }
}
