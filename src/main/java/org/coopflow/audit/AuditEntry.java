package org.coopflow.audit;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One business event of a request as recorded when it happened (a row of audit_entry): who acted, as they were then
 * (name, role, organisation), and the facts the line is worded from. See V12 for what each column holds.
 */
public record AuditEntry(Long id, Long requestId, Instant occurredAt, AuditEventType eventType, AuditCategory category,
                         String actor, String actorName, String actorRole, String actorOrg, String step,
                         String decision, String detail, String reason, Integer numberValue, LocalDate onDate,
                         String fromStatus, String toStatus, String agency, String leadAgency,
                         String supportingAgencies, String counterpart, String counterpartName, Long documentId,
                         String documentName, String legacyText) {
}
