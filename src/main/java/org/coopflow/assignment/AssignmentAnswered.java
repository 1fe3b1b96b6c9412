package org.coopflow.assignment;

/** An expert accepted or declined a nomination, or stayed silent until it expired. */
public record AssignmentAnswered(Long requestId, Long assignmentId) {
}
