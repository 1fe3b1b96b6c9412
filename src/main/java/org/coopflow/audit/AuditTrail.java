package org.coopflow.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.request.RequestStatus;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CoopFlow's audit trail: written by the audit module's event listeners in the transaction of the change they record,
 * read by the timeline. Who acted is kept as they were at that moment (name, role, organisation), so the record stays
 * true when accounts change; the engine's history is never needed and its cleanup never shortens a timeline.
 */
@Service
public class AuditTrail {

    /** The role a person acted in, when they hold several: the most specific first. */
    private static final List<Role> ROLE_ORDER = List.of(Role.PARTNER, Role.INTAKE, Role.COORDINATOR, Role.EXPERT,
            Role.LEGAL, Role.TRANSLATOR, Role.MANAGER, Role.ADMIN);

    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final List<String> CLOSED = Arrays.stream(RequestStatus.values()).filter(RequestStatus::isClosed)
            .map(Enum::name).toList();

    private final AuditMapper mapper;
    private final CoopFlowUserDetailsService users;
    private final Clock clock;

    AuditTrail(AuditMapper mapper, CoopFlowUserDetailsService users, Clock clock) {
        this.mapper = mapper;
        this.users = users;
        this.clock = clock;
    }

    AuditLine line(Long requestId, AuditEventType type, String actor) {
        return new AuditLine(requestId, type, actor == null ? EngineIdentity.SYSTEM : actor);
    }

    void write(AuditLine line) {
        CurrentUser user = EngineIdentity.SYSTEM.equals(line.actor) ? null : users.currentUserOf(line.actor);
        if (user != null) {
            line.actorName = user.displayName();
            line.actorOrg = user.organisationCode();
            line.actorRole = ROLE_ORDER.stream().filter(user::has).findFirst().map(Enum::name).orElse(null);
        }
        line.occurredAt = clock.instant();
        mapper.insert(line);
    }

    /** A person's display name now (for the other party of a line: a delegate, an expert). */
    String nameOf(String username) {
        CurrentUser user = username == null ? null : users.currentUserOf(username);
        return user == null ? username : user.displayName();
    }

    /** A request's entries in order; all of them when no category is given. */
    public List<AuditEntry> of(Long requestId, Collection<AuditCategory> categories) {
        return mapper.findByRequest(requestId, categories);
    }

    /** The audit of one request removed under the retention period: how many entries, up to when. */
    public record Purged(Long requestId, int entries, Instant lastEntryAt) {
    }

    /**
     * Removes the audit of up to {@code maxRequests} closed requests whose record ended before {@code cutoff}. Each
     * keeps one line saying how many entries were removed and up to when, so its timeline never shrinks silently.
     */
    @Transactional
    public List<Purged> purgeClosedBefore(Instant cutoff, int maxRequests) {
        List<Purged> purged = new ArrayList<>();
        for (Long requestId : mapper.findPurgeable(CLOSED, cutoff, maxRequests)) {
            AuditMapper.PurgeSummary summary = mapper.summarizePurgeable(requestId);
            mapper.deletePurgeable(requestId);
            write(line(requestId, AuditEventType.AUDIT_PURGED, EngineIdentity.SYSTEM).number(summary.entries())
                    .onDate(summary.lastAt().atZone(SEOUL).toLocalDate()));
            purged.add(new Purged(requestId, summary.entries(), summary.lastAt()));
        }
        return purged;
    }
}
