package org.coopflow.audit;

import org.coopflow.request.RequestMessage;
import org.coopflow.request.RequestService;
import org.coopflow.translation.RequestTranslation;
import org.coopflow.translation.TextTranslated;
import org.coopflow.translation.TextTranslationRequested;
import org.coopflow.translation.TextTranslation;
import org.coopflow.translation.TextTranslations;
import org.coopflow.translation.TranslationCompleted;
import org.coopflow.translation.TranslationProcess;
import org.coopflow.translation.TranslationRequested;
import org.coopflow.translation.Translations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Audit lines of the translation desk: the request sent to the desk (in which language) and who verified it; an
 * official's message held for the desk and who translated it (it was sent then); a partner's message or answer
 * translated for the officials.
 */
@Component
class TranslationAudit {

    private final AuditTrail audit;
    private final Translations translations;
    private final TextTranslations texts;
    private final RequestService requests;

    TranslationAudit(AuditTrail audit, Translations translations, TextTranslations texts, RequestService requests) {
        this.audit = audit;
        this.translations = translations;
        this.texts = texts;
        this.requests = requests;
    }

    /** An official's message held for the desk (a partner's text sent for translation is no event of its own). */
    @EventListener
    void onTextSentToDesk(TextTranslationRequested event) {
        TextTranslation t = texts.find(event.translationId());
        if (t.subject() == TextTranslation.Subject.MESSAGE && t.direction() == TextTranslation.Direction.TO_PARTNER) {
            RequestMessage message = requests.message(t.subjectId());
            audit.write(audit.line(event.requestId(), AuditEventType.MESSAGE_HELD, message.author())
                    .detail("language." + t.targetLanguage()).reason(message.body()));
        }
    }

    @EventListener
    void onTextTranslated(TextTranslated event) {
        TextTranslation t = texts.find(event.translationId());
        boolean toPartner = t.direction() == TextTranslation.Direction.TO_PARTNER;
        AuditLine line = audit.line(event.requestId(), AuditEventType.TEXT_TRANSLATED, t.verifiedBy())
                .decision(toPartner ? "TO_PARTNER" : t.subject() == TextTranslation.Subject.MESSAGE
                        ? "TO_OFFICIALS_MESSAGE" : "TO_OFFICIALS_ANSWER")
                .detail("language." + (toPartner ? t.targetLanguage() : t.sourceLanguage()));
        if (t.draftProvider() != null) {
            line.reason(t.draftProvider());
        }
        audit.write(line);
    }

    @EventListener
    void onRequested(TranslationRequested event) {
        translations.of(event.requestId()).ifPresent(t -> audit.write(audit.line(event.requestId(),
                AuditEventType.TRANSLATION_REQUESTED, null).step(TranslationProcess.TASK_TRANSLATE)
                .detail("language." + t.sourceLanguage())));
    }

    @EventListener
    void onCompleted(TranslationCompleted event) {
        RequestTranslation t = translations.of(event.requestId()).orElseThrow();
        AuditLine line = audit.line(event.requestId(), AuditEventType.TRANSLATION_VERIFIED, t.verifiedBy())
                .step(TranslationProcess.TASK_TRANSLATE).detail("language." + t.sourceLanguage());
        if (t.draftProvider() != null) {
            line.decision("MACHINE_DRAFT").reason(t.draftProvider());
        }
        audit.write(line);
    }
}
