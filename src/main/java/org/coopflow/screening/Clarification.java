package org.coopflow.screening;

import java.time.Instant;

/**
 * One question intake asked the partner and its answer (a row of clarification).
 *
 * @param outcome OPEN while the partner may answer, then ANSWERED, LAPSED (no answer in time) or CANCELLED
 *                (the request ended otherwise)
 */
public record Clarification(Long id, Long requestId, int roundNo, String question, String askedBy, Instant askedAt,
                            String answer, String answeredBy, Instant answeredAt, String outcome) {

    public static final String OPEN = "OPEN";
    public static final String ANSWERED = "ANSWERED";
    public static final String LAPSED = "LAPSED";
    public static final String CANCELLED = "CANCELLED";

    public boolean open() {
        return OPEN.equals(outcome);
    }
}
