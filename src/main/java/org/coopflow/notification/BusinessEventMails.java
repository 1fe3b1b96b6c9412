package org.coopflow.notification;

import java.util.Locale;

import org.coopflow.request.CooperationRequest;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Mail to addresses rather than accounts, written to the outbox in the event's transaction. Everything addressed to
 * accounts — the deadline ladder's reminders and escalations, requests for more time and their answers, substitute
 * offers included — is decided by the inbox (org.coopflow.inbox): who is concerned by which event, once, for the inbox
 * and for e-mail alike, as each account's {@link MailPreference} says.
 */
@Component
class BusinessEventMails {

    private final Notifier notifier;
    private final RequestLifecycle lifecycle;

    BusinessEventMails(Notifier notifier, RequestLifecycle lifecycle) {
        this.notifier = notifier;
        this.lifecycle = lifecycle;
    }

    /**
     * The acknowledgement, to the contact person named on the request, in the language the request was written
     * (unless the address is an account's that chose no e-mail at once).
     */
    @EventListener
    void onSubmitted(RequestSubmitted event) {
        CooperationRequest request = lifecycle.find(event.requestId());
        Locale locale = request.contactLocale() == null ? Locale.ENGLISH : Locale.forLanguageTag(request.contactLocale());
        notifier.notifyAddress(request.id(), request.contactEmail(), locale, "submitted", request.reference(),
                request.title());
    }
}
