package org.coopflow.translation;

/** The desk verified the translation of a message or a clarification answer. */
public record TextTranslated(Long requestId, Long translationId) {
}
