package org.coopflow.tasklist;

import java.time.Instant;
import java.util.List;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface TaskViewMapper {

    /** Copies the request's reference, partner, country, sector and status into the row. */
    int insertFromRequest(@Param("taskId") String taskId, @Param("requestId") Long requestId,
                          @Param("processInstanceId") String processInstanceId, @Param("taskKey") String taskKey,
                          @Param("name") String name, @Param("assignee") String assignee,
                          @Param("createdAt") Instant createdAt, @Param("dueAt") Instant dueAt);

    void updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

    /** Keeps the candidate rows' claimable flag in step with the assignee. */
    void updateClaimable(@Param("taskId") String taskId, @Param("assignee") String assignee);

    void updateDue(@Param("taskId") String taskId, @Param("dueAt") Instant dueAt, @Param("name") String name);

    void delete(@Param("taskId") String taskId);

    void updateKey(@Param("taskId") String taskId, @Param("taskKey") String taskKey, @Param("name") String name);

    /** After the task's task_view row: copies its queue keys (claimable, sort_due, created_at). */
    void insertCandidate(@Param("taskId") String taskId, @Param("groupId") String groupId,
                         @Param("groupCount") int groupCount);

    void deleteCandidates(@Param("taskId") String taskId);

    TaskViewRow findById(@Param("taskId") String taskId);

    List<TaskViewRow> findByRequest(@Param("requestId") Long requestId);

    List<TaskViewRow> findAssigned(@Param("assignee") String assignee, @Param("filter") TaskListFilter filter,
                                   @Param("sort") TaskListSort sort, @Param("offset") int offset,
                                   @Param("limit") int limit);

    /** Due soonest first: the default order, for callers that choose none. */
    default List<TaskViewRow> findAssigned(String assignee, TaskListFilter filter, int offset, int limit) {
        return findAssigned(assignee, filter, TaskListSort.DUE, offset, limit);
    }

    /** Counts at most {@code upTo} tasks (shared.Page.COUNT_UP_TO): the count stops growing with the list. */
    long countAssigned(@Param("assignee") String assignee, @Param("filter") TaskListFilter filter,
                       @Param("upTo") int upTo);

    List<TaskViewRow> findOffered(@Param("groups") List<String> groups, @Param("filter") TaskListFilter filter,
                                  @Param("sort") TaskListSort sort, @Param("offset") int offset,
                                  @Param("limit") int limit);

    default List<TaskViewRow> findOffered(List<String> groups, TaskListFilter filter, int offset, int limit) {
        return findOffered(groups, filter, TaskListSort.DUE, offset, limit);
    }

    /** At most {@code upTo} single-group tasks plus at most {@code upTo} tasks of several groups. */
    long countOffered(@Param("groups") List<String> groups, @Param("filter") TaskListFilter filter,
                      @Param("upTo") int upTo);

    List<TaskViewRow> findMine(@Param("assignee") String assignee, @Param("groups") List<String> groups,
                               @Param("filter") TaskListFilter filter, @Param("sort") TaskListSort sort,
                               @Param("offset") int offset, @Param("limit") int limit);

    default List<TaskViewRow> findMine(String assignee, List<String> groups, TaskListFilter filter, int offset,
                                       int limit) {
        return findMine(assignee, groups, filter, TaskListSort.DUE, offset, limit);
    }

    /** At most {@code upTo} of each part: assigned, single-group offered, several-group offered. */
    long countMine(@Param("assignee") String assignee, @Param("groups") List<String> groups,
                   @Param("filter") TaskListFilter filter, @Param("upTo") int upTo);

    List<TaskViewRow> findDueBetween(@Param("after") Instant after, @Param("until") Instant until,
                                     @Param("limit") int limit);

    /** Every open task offered to a group, whoever holds it now (a partner organisation's actions), soonest due first. */
    List<TaskViewRow> findOfGroup(@Param("group") String group, @Param("limit") int limit);
}
