package org.coopflow.translation;

/** Where a request's translation stands: waiting for the desk, or verified by a person of the desk. */
public enum TranslationStatus {
    REQUESTED, VERIFIED
}
