package org.coopflow.inbox;

import java.time.Instant;

import org.coopflow.request.CooperationRequest;
import org.coopflow.tasklist.OpenTask;

/** Something that happened on a request, before it is addressed to the people it concerns. */
final class News {

    /** The beginning of a message kept with its item. */
    static final int NOTE_LENGTH = 140;

    final ItemKind kind;
    final CooperationRequest request;
    String code;
    String taskId;
    String taskKey;
    Long subjectId;
    Integer ordinal;
    String actor;
    String note;
    Instant dueAt;

    private News(ItemKind kind, CooperationRequest request) {
        this.kind = kind;
        this.request = request;
    }

    static News of(ItemKind kind, CooperationRequest request) {
        return new News(kind, request);
    }

    News step(OpenTask task) {
        this.taskId = task.taskId();
        this.taskKey = task.taskKey();
        this.dueAt = task.due();
        return this;
    }

    /** A step known by its ids (it may have changed since): the item leads to it, with this due date. */
    News step(String taskId, String taskKey, Instant due) {
        this.taskId = taskId;
        this.taskKey = taskKey;
        this.dueAt = due;
        return this;
    }

    /** A calendar day (an obligation's due date, an MOU's expiry), worded without a time. */
    News day(java.time.LocalDate day) {
        this.dueAt = ObligationNews.noonUtc(day);
        return this;
    }

    News code(String code) {
        this.code = code;
        return this;
    }

    News subject(Long id) {
        this.subjectId = id;
        return this;
    }

    News ordinal(Integer ordinal) {
        this.ordinal = ordinal;
        return this;
    }

    News actor(String username) {
        this.actor = username;
        return this;
    }

    /** A few words of the actor's, shortened to a line. */
    News note(String text) {
        if (text != null) {
            String line = text.strip().replaceAll("\\s+", " ");
            this.note = line.length() > NOTE_LENGTH ? line.substring(0, NOTE_LENGTH - 1) + "…" : line;
        }
        return this;
    }

    /** The item of one reader: leading to the step's page or to the request page's section. */
    InboxItem itemFor(String username, Instant now) {
        InboxItem item = new InboxItem();
        item.username = username;
        item.requestId = request.id();
        item.reference = request.reference();
        item.title = request.title();
        item.kind = kind;
        item.code = code;
        item.taskId = taskId;
        item.taskKey = taskKey;
        item.subjectId = subjectId;
        item.ordinal = ordinal;
        item.actor = actor;
        item.note = note;
        item.dueAt = dueAt;
        if (kind.aboutObligation()) {
            item.targetPage = "/obligations/" + subjectId;
            item.targetLink = item.targetPage;
        } else if (kind.aboutStep()) {
            item.targetPage = "/tasks/" + taskId;
            item.targetLink = item.targetPage;
        } else {
            item.targetPage = "/requests/" + request.id();
            item.targetLink = item.targetPage + "#" + kind.anchor();
        }
        item.createdAt = now;
        return item;
    }
}
