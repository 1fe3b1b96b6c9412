package org.coopflow.audit;

import java.time.Instant;

/**
 * One line of a request's history: from the engine (steps, tasks, who claimed and completed them) or from
 * the application (decisions with reasons, messages, routing, documents).
 *
 * @param source ENGINE or APPLICATION
 * @param kind   e.g. STEP_STARTED, TASK_CREATED, TASK_CLAIMED, TASK_COMPLETED, or an audit action
 */
public record TimelineEntry(Instant at, String source, String kind, String actor, String title, String details) {
}
