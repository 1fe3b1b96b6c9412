package org.coopflow.translation;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * What an official reads of a request written in another language: the desk's verified version in the reader's
 * language (Korean for a Korean reader, else English). Used by the request page and the screening task through the
 * {@code translation/reader} fragment; partners always read their original and never get here.
 */
@Component("translationViews")
public class TranslationViews {

    /** The texts to show instead of the original, with the original's language for the switch. */
    public record ReaderText(String title, String description, String language, String sourceLanguage) {
    }

    /** A partner's clarification answer for an official: the desk's version (null until verified) and its language. */
    public record ReaderAnswer(String text, String sourceLanguage, boolean verified) {
    }

    private final Translations translations;
    private final TextTranslations texts;

    TranslationViews(Translations translations, TextTranslations texts) {
        this.translations = translations;
        this.texts = texts;
    }

    /** The translation of a clarification answer for an official, or null when it was written in Korean or English. */
    public ReaderAnswer answer(Long clarificationId, Locale reader) {
        return texts.ofAnswer(clarificationId).map(t -> new ReaderAnswer(t.verified() ? t.forOfficial(reader) : null,
                t.sourceLanguage(), t.verified())).orElse(null);
    }

    /** The verified translation for this reader, or null (no translation needed, or not verified yet). */
    public ReaderText forReader(Long requestId, Locale reader) {
        return translations.verified(requestId).map(t -> new ReaderText(t.title(reader), t.description(reader),
                RequestTranslation.readingLanguage(reader), t.sourceLanguage())).orElse(null);
    }

    /** The title an official reads (the verified translation, if any); a partner always reads its original. */
    public String title(Long requestId, String original, Locale reader, boolean partner) {
        ReaderText text = partner ? null : forReader(requestId, reader);
        return text == null ? original : text.title();
    }

    /** Whether the request waits for the desk (a line on the request page says so). */
    public boolean awaitingDesk(Long requestId) {
        return translations.of(requestId).filter(t -> !t.verified()).isPresent();
    }
}
