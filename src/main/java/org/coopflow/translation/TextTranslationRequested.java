package org.coopflow.translation;

/** A message or a clarification answer went to the translation desk. */
public record TextTranslationRequested(Long requestId, Long translationId) {
}
