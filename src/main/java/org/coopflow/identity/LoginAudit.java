package org.coopflow.identity;

import java.time.Clock;

import org.coopflow.shared.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sign-in audit: who signed in, failed, was locked out or unlocked, signed out, changed a password or a second
 * factor, when and from which address. Written in its own transaction (a failed sign-in rolls nothing back with it),
 * kept like the audit trail (nothing deletes it), read by ADMIN.
 */
@Service
public class LoginAudit {

    public enum Event {
        SUCCESS, FAILURE, REFUSED_WAIT, REFUSED_LOCKED, LOCKOUT, UNLOCK, LOGOUT, PASSWORD_CHANGE, PASSWORD_RESET,
        MFA_ENROLLED, MFA_FAILURE, MFA_RESET, DISABLED_REFUSED
    }

    private final SignInMapper mapper;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    LoginAudit(SignInMapper mapper, Clock clock, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(String username, Event event, String address, String actor) {
        ownTransaction.executeWithoutResult(status ->
                mapper.insertEvent(printable(username, 64), event.name(), printable(address, 64), actor, clock.instant()));
    }

    public Page<LoginEvent> find(String username, Event event, int page, int size) {
        String name = username == null || username.isBlank() ? null : username.strip();
        String kind = event == null ? null : event.name();
        return new Page<>(mapper.findEvents(name, kind, (long) page * size, size), page, size,
                mapper.countEvents(name, kind));
    }

    /** A name as typed may be anything: kept short and without control characters. */
    static String printable(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder();
        text.codePoints().filter(c -> !Character.isISOControl(c)).limit(max).forEach(clean::appendCodePoint);
        String result = clean.toString();
        while (result.length() > max) {
            result = result.substring(0, result.length() - 1);
        }
        return result;
    }
}
