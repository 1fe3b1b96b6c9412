package org.coopflow.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An audit entry being written: the event, who acted, and the facts its words need (MyBatis reads the fields). */
final class AuditLine {

    final Long requestId;
    final AuditEventType eventType;
    final AuditCategory category;
    String actor;
    String actorName;
    String actorRole;
    String actorOrg;
    String step;
    String decision;
    String detail;
    String reason;
    Integer numberValue;
    LocalDate onDate;
    String fromStatus;
    String toStatus;
    String agency;
    String leadAgency;
    String supportingAgencies;
    String counterpart;
    String counterpartName;
    Long documentId;
    String documentName;
    Instant occurredAt;

    AuditLine(Long requestId, AuditEventType eventType, String actor) {
        this.requestId = requestId;
        this.eventType = eventType;
        this.category = eventType.category();
        this.actor = actor;
    }

    AuditLine step(String taskKey) {
        this.step = taskKey;
        return this;
    }

    AuditLine decision(String code) {
        this.decision = code;
        return this;
    }

    AuditLine detail(String code) {
        this.detail = code;
        return this;
    }

    AuditLine reason(String text) {
        this.reason = text;
        return this;
    }

    AuditLine number(Integer value) {
        this.numberValue = value;
        return this;
    }

    AuditLine onDate(LocalDate date) {
        this.onDate = date;
        return this;
    }

    AuditLine statuses(String from, String to) {
        this.fromStatus = from;
        this.toStatus = to;
        return this;
    }

    AuditLine agency(String code) {
        this.agency = code;
        return this;
    }

    AuditLine routing(String lead, List<String> supporting) {
        this.leadAgency = lead;
        this.supportingAgencies = String.join(",", supporting);
        return this;
    }

    AuditLine counterpart(String username, String displayName) {
        this.counterpart = username;
        this.counterpartName = displayName;
        return this;
    }

    AuditLine document(Long id, String name) {
        this.documentId = id;
        this.documentName = name;
        return this;
    }
}
