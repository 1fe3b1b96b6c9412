package org.coopflow.inbox;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface InboxMapper {

    void insert(@Param("i") InboxItem item);

    void updateMail(@Param("id") Long id, @Param("mail") MailState mail);

    /** The enabled accounts among these, with what their items' wording needs. */
    List<Reader> findReaders(@Param("usernames") Collection<String> usernames);

    /** The enabled members of these groups. */
    List<String> findMembers(@Param("groups") Collection<String> groups);

    /** A page of a user's items, newest first; only the unread ones when asked. */
    List<InboxItem> findPage(@Param("username") String username, @Param("unreadOnly") boolean unreadOnly,
                             @Param("offset") int offset, @Param("limit") int limit);

    /** The user's unread items, counted up to {@code cap} (a few index entries, however many there are). */
    int countUnread(@Param("username") String username, @Param("cap") int cap);

    /** The item if it is this user's; null otherwise. */
    InboxItem findOwn(@Param("id") Long id, @Param("username") String username);

    int markRead(@Param("id") Long id, @Param("username") String username, @Param("at") Instant at);

    int markPageRead(@Param("username") String username, @Param("page") String page, @Param("at") Instant at);

    int markAllRead(@Param("username") String username, @Param("at") Instant at);

    /** A step someone took: its offers to the others are no longer news. */
    int markOffersRead(@Param("taskId") String taskId, @Param("at") Instant at);

    /** A step done (or cancelled): its items are read, and say it is closed. */
    int markStepRead(@Param("taskId") String taskId, @Param("at") Instant at);

    /** Items about this message or document that were e-mailed when written. */
    long countMailedAbout(@Param("kind") ItemKind kind, @Param("subjectId") Long subjectId);

    // ---- the daily digest

    /** The user's items waiting for the digest (read since or not), oldest first. */
    List<InboxItem> findAwaitingDigest(@Param("username") String username, @Param("limit") int limit);

    /** These items are past the digest. */
    int markDigested(@Param("ids") Collection<Long> ids);

    int countDigestRows(@Param("username") String username);

    void insertDigestRow(@Param("username") String username, @Param("lastSentOn") LocalDate lastSentOn);

    /** Today's digest is this caller's to send if it moves the date forward (one caller wins across nodes). */
    int claimDigest(@Param("username") String username, @Param("today") LocalDate today, @Param("at") Instant at);

    // ---- deadlines

    void insertDeadlineNotice(@Param("taskId") String taskId, @Param("kind") ItemKind kind,
                              @Param("dueAt") Instant dueAt, @Param("at") Instant at);

    int countDeadlineNotices(@Param("taskId") String taskId, @Param("kind") ItemKind kind,
                             @Param("dueAt") Instant dueAt);
}
