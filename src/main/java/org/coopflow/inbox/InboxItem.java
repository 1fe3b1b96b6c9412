package org.coopflow.inbox;

import java.time.Instant;

/** One item of one user's inbox (a row of inbox_item): codes and ids, worded when shown (see {@link InboxWording}). */
class InboxItem {
    public Long id;
    public String username;
    public Long requestId;
    public String reference;
    public String title;
    public ItemKind kind;
    /** A decision, status or agency code the wording depends on. */
    public String code;
    public String taskId;
    public String taskKey;
    /** What the item is about, when it has an id of its own: the message, the document. */
    public Long subjectId;
    /** A version, round, revision or rating. */
    public Integer ordinal;
    /** Who acted (a username): named to officials; a partner reads the official's organisation instead. */
    public String actor;
    /** A few words the actor gave: a document's file name, the beginning of a message. */
    public String note;
    public Instant dueAt;
    public String targetLink;
    public String targetPage;
    public String mail;
    public Instant createdAt;
    public Instant readAt;
    /** The step the item is about was completed or cancelled. */
    public Instant stepClosedAt;

    boolean unread() {
        return readAt == null;
    }
}
