package org.coopflow.notification;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

    void insert(@Param("n") Notification notification);

    List<Notification> findByRequest(@Param("requestId") Long requestId);

    List<Recipient> findRecipientsOfGroups(@Param("groups") List<String> groups);

    Recipient findRecipient(@Param("username") String username);

    /** Mails about this request to this address that are waiting or were handed over. */
    long countMailsTo(@Param("requestId") Long requestId, @Param("email") String email);

    /** Ids of the PENDING mails due at {@code now}, oldest first. */
    List<Long> findDueIds(@Param("now") Instant now, @Param("limit") int limit);

    /** The mail, locked for this transaction, if it is still PENDING and due; null otherwise. */
    Notification lockDue(@Param("id") Long id, @Param("now") Instant now);

    void markDelivered(@Param("id") Long id, @Param("status") NotificationStatus status, @Param("attempts") int attempts,
                       @Param("now") Instant now);

    void markDeferred(@Param("id") Long id, @Param("attempts") int attempts, @Param("nextAttemptAt") Instant nextAttemptAt,
                      @Param("error") String error);

    void markFailed(@Param("id") Long id, @Param("attempts") int attempts, @Param("error") String error);

    /** A FAILED mail back to PENDING, due now, with its attempts counted afresh. */
    int retry(@Param("id") Long id, @Param("now") Instant now);

    int retryAllFailed(@Param("now") Instant now);

    /** The outbox rows in one status, newest first, without their bodies. */
    List<OutboxEntry> findByStatus(@Param("status") NotificationStatus status, @Param("limit") int limit);

    long countByStatus(@Param("status") NotificationStatus status);

    /** When the longest-waiting due PENDING mail became due; null when none is due. */
    Instant oldestDue(@Param("now") Instant now);
}
