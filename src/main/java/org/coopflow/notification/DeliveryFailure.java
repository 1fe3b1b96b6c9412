package org.coopflow.notification;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailSendException;

/**
 * Why a mail did not leave, and what that means for it.
 *
 * @param kind   see {@link Kind}
 * @param reason the server's or the library's words, for the administrators' page
 */
record DeliveryFailure(Kind kind, String reason) {

    private static final int MAX_REASON = 1000;

    enum Kind {
        /** This address will never take it (malformed, or an SMTP 5xx for this recipient or message): FAILED now. */
        REFUSED,
        /** The server deferred this mail (SMTP 4xx): try it again later, go on with the others. */
        DEFERRED,
        /** No server to talk to (connection, authentication): try again later, and leave the others for now. */
        UNREACHABLE
    }

    static DeliveryFailure of(Exception e) {
        Kind kind = Kind.UNREACHABLE;
        Throwable specific = e;
        for (Throwable t : causes(e)) {
            Kind k = kindOf(t);
            if (k != null && k.ordinal() < kind.ordinal()) {
                kind = k;
                specific = t;
            }
        }
        return new DeliveryFailure(kind, reason(specific));
    }

    /** The exception, its causes, and the per-message exceptions Spring collects in a MailSendException. */
    private static List<Throwable> causes(Exception e) {
        List<Throwable> all = new ArrayList<>();
        Deque<Throwable> todo = new ArrayDeque<>(List.of(e));
        while (!todo.isEmpty() && all.size() < 50) {
            Throwable t = todo.pop();
            if (all.contains(t)) {
                continue;
            }
            all.add(t);
            if (t.getCause() != null) {
                todo.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                todo.add(m.getNextException());
            }
            if (t instanceof MailSendException s) {
                todo.addAll(s.getFailedMessages().values());
            }
        }
        return all;
    }

    private static Kind kindOf(Throwable t) {
        if (t instanceof AddressException) {
            return Kind.REFUSED;
        }
        if (t instanceof SMTPAddressFailedException a) {
            return a.getReturnCode() >= 500 ? Kind.REFUSED : Kind.DEFERRED;
        }
        if (t instanceof SMTPSendFailedException s) {
            return s.getReturnCode() >= 500 ? Kind.REFUSED : Kind.DEFERRED;
        }
        if (t instanceof SendFailedException s && s.getInvalidAddresses() != null
                && s.getInvalidAddresses().length > 0) {
            return Kind.REFUSED;
        }
        return null;
    }

    private static String reason(Throwable t) {
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
        return message.length() > MAX_REASON ? message.substring(0, MAX_REASON - 1) + "…" : message;
    }
}
