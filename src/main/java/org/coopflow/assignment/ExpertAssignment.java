package org.coopflow.assignment;

import java.time.Instant;

public record ExpertAssignment(Long id, Long requestId, String agencyCode, String expertUsername,
                               AssignmentStatus status, String nominatedBy, Instant nominatedAt,
                               Instant respondedAt, String responseReason, boolean leadExpert, int roundNo) {
}
