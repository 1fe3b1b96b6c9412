package org.coopflow.audit;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;

/**
 * The application's audit trail, written in the same transaction as the business action it records.
 * Actions are upper-case verbs (SUBMITTED, TASK_COMPLETED, ROUTING_OVERRIDDEN...); details are short,
 * human-readable text (reasons, decisions), never secrets.
 */
@Service
public class AuditTrail {

    /** The engine acting on its own (timers, routing decisions). */
    public static final String SYSTEM = "system";

    private final AuditMapper mapper;
    private final Clock clock;

    public AuditTrail(AuditMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    public void record(Long requestId, String actor, String action, String details) {
        mapper.insert(requestId, actor == null ? SYSTEM : actor, action, details, clock.instant());
    }

    public List<AuditEvent> of(Long requestId) {
        return mapper.findByRequest(requestId);
    }
}
