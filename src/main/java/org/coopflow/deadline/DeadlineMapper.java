package org.coopflow.deadline;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.coopflow.shared.GeneratedId;

@Mapper
interface DeadlineMapper {

    // ---- step_deadline: one row per open step with a due date

    StepDeadline find(@Param("taskId") String taskId);

    /** The open step at this execution (its boundary timers are re-evaluated when the instance moves model). */
    StepDeadline findAt(@Param("executionId") String executionId, @Param("step") String step);

    void insert(@Param("d") StepDeadline deadline);

    /** Claims the next rung: only one node (the one that still sees this version) moves the ladder on. */
    int advance(@Param("taskId") String taskId, @Param("version") int version, @Param("nextRung") String nextRung,
                @Param("nextAt") Instant nextAt);

    int extend(@Param("taskId") String taskId, @Param("version") int version, @Param("dueAt") Instant dueAt,
               @Param("workingDays") int workingDays, @Param("extendedDays") int extendedDays,
               @Param("nextRung") String nextRung, @Param("nextAt") Instant nextAt);

    /** A rung that failed is tried again later (failures counted). */
    void postpone(@Param("taskId") String taskId, @Param("nextAt") Instant nextAt);

    void delete(@Param("taskId") String taskId);

    /** Steps whose next rung is due, soonest first. */
    List<String> findDue(@Param("now") Instant now, @Param("limit") int limit);

    // ---- step_reminder: each rung reached

    void insertReminder(@Param("r") StepReminder reminder, @Param("row") GeneratedId row);

    StepReminder findReminder(@Param("id") Long id);

    List<StepReminder> findReminders(@Param("requestId") Long requestId);

    // ---- extension_request

    void insertExtension(@Param("e") ExtensionRequest extension, @Param("row") GeneratedId row);

    void setExtensionProcess(@Param("id") Long id, @Param("processInstanceId") String processInstanceId);

    ExtensionRequest findExtension(@Param("id") Long id);

    ExtensionRequest findPendingExtension(@Param("taskId") String taskId);

    List<ExtensionRequest> findExtensions(@Param("taskId") String taskId);

    List<ExtensionRequest> findExtensionsOfRequest(@Param("requestId") Long requestId);

    /** Records the decision of a pending request; 0 when it was no longer pending. */
    int decideExtension(@Param("id") Long id, @Param("status") ExtensionStatus status,
                        @Param("decidedBy") String decidedBy, @Param("decidedAt") Instant decidedAt,
                        @Param("comment") String comment, @Param("newDueAt") Instant newDueAt);
}
