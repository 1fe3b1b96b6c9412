package org.coopflow.notification;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NotificationMapper {

    void insert(@Param("n") Notification notification);

    void markSent(@Param("id") Long id, @Param("status") String status, @Param("now") Instant now);

    List<Notification> findByRequest(@Param("requestId") Long requestId);

    List<Recipient> findRecipientsOfGroups(@Param("groups") List<String> groups);

    Recipient findRecipient(@Param("username") String username);
}
