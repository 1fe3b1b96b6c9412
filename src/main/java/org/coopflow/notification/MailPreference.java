package org.coopflow.notification;

/** How an account wants to be e-mailed about what concerns it (its inbox shows everything either way). */
public enum MailPreference {
    /** One mail per item, as it happens: the default. */
    AT_ONCE,
    /** One mail a day listing the items still unread, at the hour of coopflow.inbox.digest-hour in the user's zone. */
    DIGEST,
    /** No e-mail at all. */
    NONE
}
