package org.coopflow.inbox;

/** What became of an item by e-mail (inbox_item.mail). */
enum MailState {
    /** E-mailed when it was written. */
    AT_ONCE,
    /** Waiting for its reader's daily digest. */
    DIGEST,
    /** Listed in a daily digest (or read before the digest came). */
    DIGESTED,
    /** Not e-mailed: the reader chose no e-mail. */
    NONE
}
