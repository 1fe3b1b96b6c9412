package org.coopflow.translation;

import java.time.Instant;
import java.util.Locale;

/**
 * A row of request_translation: the Korean and English versions of a request written in another language. Until
 * the desk verifies them (status VERIFIED) they are at most a machine draft ({@code draftProvider}) and never shown
 * to readers as the request's text.
 */
public record RequestTranslation(Long requestId, String sourceLanguage, TranslationStatus status, String draftProvider,
                                 String titleKo, String titleEn, String descriptionKo, String descriptionEn,
                                 Instant requestedAt, String verifiedBy, Instant verifiedAt) {

    public boolean verified() {
        return status == TranslationStatus.VERIFIED;
    }

    /** The title in Korean for a Korean reader, else in English. */
    public String title(Locale reader) {
        return korean(reader) ? titleKo : titleEn;
    }

    public String description(Locale reader) {
        return korean(reader) ? descriptionKo : descriptionEn;
    }

    /** The language the reader gets: ko for a Korean reader, else en. */
    public static String readingLanguage(Locale reader) {
        return korean(reader) ? "ko" : "en";
    }

    private static boolean korean(Locale reader) {
        return reader != null && "ko".equals(reader.getLanguage());
    }
}
