package org.coopflow.inbox;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.coopflow.attachment.Attachments;
import org.coopflow.attachment.DocumentAdded;
import org.coopflow.request.CooperationRequest;
import org.coopflow.request.MessagePosted;
import org.coopflow.request.RequestLifecycle;
import org.coopflow.request.RequestMessage;
import org.coopflow.request.RequestProcess;
import org.coopflow.request.RequestScope;
import org.coopflow.request.RequestService;
import org.coopflow.request.RequestStatus;
import org.coopflow.request.RequestStatusChanged;
import org.coopflow.translation.TextTranslation;
import org.coopflow.translation.TextTranslations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The conversation and the end of a request: messages, documents, how it closed. */
@Component
class RequestNews {

    private final Inbox inbox;
    private final Audience audience;
    private final RequestLifecycle lifecycle;
    private final RequestService requests;
    private final Attachments attachments;
    private final TextTranslations translations;

    RequestNews(Inbox inbox, Audience audience, RequestLifecycle lifecycle, RequestService requests,
                Attachments attachments, TextTranslations translations) {
        this.translations = translations;
        this.inbox = inbox;
        this.audience = audience;
        this.lifecycle = lifecycle;
        this.requests = requests;
        this.attachments = attachments;
    }

    @EventListener
    void onMessagePosted(MessagePosted event) {
        RequestMessage message = requests.message(event.messageId());
        CooperationRequest request = lifecycle.find(event.requestId());
        Set<String> followers = audience.followers(request);
        Optional<TextTranslation> forPartner = translations.ofMessage(message.id())
                .filter(t -> t.direction() == TextTranslation.Direction.TO_PARTNER && t.verified());
        if (forPartner.isPresent()) {
            // sent with the desk's translation: the partner reads the beginning of it in its own language
            Set<String> partner = audience.partner(request);
            inbox.deliver(News.of(ItemKind.MESSAGE_POSTED, request).subject(message.id()).actor(message.author())
                    .note(forPartner.get().textPartner()), partner);
            followers.removeAll(partner);
        }
        inbox.deliver(News.of(ItemKind.MESSAGE_POSTED, request).subject(message.id()).actor(message.author())
                .note(message.body()), followers);
    }

    @EventListener
    void onDocumentAdded(DocumentAdded event) {
        CooperationRequest request = lifecycle.find(event.requestId());
        attachments.find(event.requestId(), event.attachmentId()).ifPresent(document -> inbox.deliver(
                News.of(ItemKind.DOCUMENT_ADDED, request).subject(document.id()).actor(document.uploadedBy())
                        .note(document.filename()), audience.followers(request)));
    }

    /**
     * The partner learns how its request ended; so do the agencies' coordinators and the team of an accepted
     * request, and intake of one it was still screening (withdrawn, or lapsed unanswered).
     */
    @EventListener
    void onStatusChanged(RequestStatusChanged event) {
        if (!event.to().isClosed()) {
            return;
        }
        CooperationRequest request = lifecycle.find(event.requestId());
        Set<String> concerned = new LinkedHashSet<>(audience.partner(request));
        if (RequestScope.IN_SCREENING.contains(event.from())) {
            if (event.to() == RequestStatus.WITHDRAWN || event.to() == RequestStatus.LAPSED) {
                concerned.addAll(audience.members(RequestProcess.GROUP_INTAKE));
            }
        } else {
            concerned.addAll(audience.agencyCoordinators(request.id()));
            concerned.addAll(audience.team(request.id()));
        }
        inbox.deliver(News.of(ItemKind.REQUEST_CLOSED, request).code(event.to().name()), concerned);
    }
}
