package org.coopflow.translation;

/** A request written in another language was sent to the translation desk. */
public record TranslationRequested(Long requestId) {
}
