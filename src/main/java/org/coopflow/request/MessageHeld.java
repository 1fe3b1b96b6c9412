package org.coopflow.request;

/** An official's message to the partner went to the translation desk; it is sent (MessagePosted) once translated. */
public record MessageHeld(Long requestId, Long messageId) {
}
