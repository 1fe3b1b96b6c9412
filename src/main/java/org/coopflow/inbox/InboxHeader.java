package org.coopflow.inbox;

import org.coopflow.identity.CoopFlowPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The header's link to the inbox with the unread count ({@code ${@inboxHeader.unread()}} in templates/inbox/header):
 * one query on an index, at most {@value Inbox#BADGE_CAP} entries. A page still shows when the count cannot be read.
 */
@Component("inboxHeader")
public class InboxHeader {

    private static final Logger log = LoggerFactory.getLogger(InboxHeader.class);

    /** What the badge shows: nothing at zero, the count, or "99+". */
    public record Unread(int count, String label) {
    }

    private final Inbox inbox;

    InboxHeader(Inbox inbox) {
        this.inbox = inbox;
    }

    /** The signed-in user's unread items; null when nobody is signed in or the count cannot be read. */
    public Unread unread() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CoopFlowPrincipal me)) {
            return null;
        }
        try {
            int count = inbox.unread(me.getUsername());
            return new Unread(count, count >= Inbox.BADGE_CAP ? (Inbox.BADGE_CAP - 1) + "+" : String.valueOf(count));
        } catch (DataAccessException e) {
            log.debug("Unread count not read: {}", e.toString());
            return null;
        }
    }
}
