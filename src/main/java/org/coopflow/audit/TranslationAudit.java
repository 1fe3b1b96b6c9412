package org.coopflow.audit;

import org.coopflow.translation.RequestTranslation;
import org.coopflow.translation.TranslationCompleted;
import org.coopflow.translation.TranslationProcess;
import org.coopflow.translation.TranslationRequested;
import org.coopflow.translation.Translations;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Audit lines of the translation step: the request sent to the desk (in which language), who verified it. */
@Component
class TranslationAudit {

    private final AuditTrail audit;
    private final Translations translations;

    TranslationAudit(AuditTrail audit, Translations translations) {
        this.audit = audit;
        this.translations = translations;
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
