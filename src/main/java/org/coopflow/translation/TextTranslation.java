package org.coopflow.translation;

import java.time.Instant;
import java.util.Locale;

/**
 * A row of text_translation: a message or a clarification answer the desk translates. {@link Direction#TO_PARTNER}: an
 * official's message into the partner's language ({@code textPartner}), sent with it; {@link Direction#TO_OFFICIALS}: a
 * partner's text written in another language into Korean and English. Until VERIFIED only a machine draft (if any)
 * fills the texts, and it is never shown.
 */
public record TextTranslation(Long id, Long requestId, Subject subject, Long subjectId, Direction direction,
                              String sourceLanguage, String targetLanguage, TranslationStatus status,
                              String draftProvider, String textPartner, String textKo, String textEn,
                              String requestedBy, Instant requestedAt, String verifiedBy, Instant verifiedAt) {

    /** What was written: a message of the conversation, or the partner's answer to a clarification. */
    public enum Subject {
        MESSAGE, CLARIFICATION_ANSWER
    }

    public enum Direction {
        /** An official's message into the partner's language, before it is sent. */
        TO_PARTNER,
        /** A partner's text into Korean and English, for officials (the original is shown at once meanwhile). */
        TO_OFFICIALS
    }

    public boolean verified() {
        return status == TranslationStatus.VERIFIED;
    }

    /** Korean for a Korean official, else English. */
    public String forOfficial(Locale reader) {
        return "ko".equals(RequestTranslation.readingLanguage(reader)) ? textKo : textEn;
    }
}
