package org.coopflow.request;

/** Where a message stands: sent to everyone on the request, or held at the translation desk until translated. */
public enum MessageStatus {
    SENT,
    /** An official's message waiting for its translation into the partner's language: the partner does not see it. */
    AT_DESK,
    /** Held at the desk when the request ended: never sent (the conversation of a closed request is over). */
    NOT_SENT
}
