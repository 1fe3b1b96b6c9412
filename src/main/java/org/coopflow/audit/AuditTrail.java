package org.coopflow.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

import org.coopflow.identity.CoopFlowUserDetailsService;
import org.coopflow.identity.CurrentUser;
import org.coopflow.identity.Role;
import org.coopflow.system.EngineIdentity;
import org.springframework.stereotype.Service;

/**
 * CoopFlow's audit trail: written by the audit module's event listeners in the transaction of the change they record,
 * read by the timeline. Who acted is kept as they were at that moment (name, role, organisation), so the record stays
 * true when accounts change; the engine's history is never needed and its cleanup never shortens a timeline.
 */
@Service
public class AuditTrail {

    /** The role a person acted in, when they hold several: the most specific first. */
    private static final List<Role> ROLE_ORDER = List.of(Role.PARTNER, Role.INTAKE, Role.COORDINATOR, Role.EXPERT,
            Role.LEGAL, Role.MANAGER, Role.ADMIN);

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
}
