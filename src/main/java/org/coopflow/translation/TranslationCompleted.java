package org.coopflow.translation;

/** The desk verified the Korean and English versions of a request. */
public record TranslationCompleted(Long requestId) {
}
